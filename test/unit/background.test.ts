// inBackground(): after-build work starts at `start` without holding up the hooks after it, and the
// build waits for it, and fails with its error, at `finish`.
import { describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import { inBackground } from '../../src/integrations/background';

type Hook = (options: unknown) => unknown;
const buildDone = (integration: AstroIntegration) => integration.hooks['astro:build:done'] as unknown as Hook;

function deferred() {
	let resolve!: () => void;
	let reject!: (error: Error) => void;
	const promise = new Promise<void>((yes, no) => ((resolve = yes), (reject = no)));
	return { promise, resolve, reject };
}

describe('inBackground', () => {
	it('returns from start at once, and finish waits for the work', async () => {
		const gate = deferred();
		const events: string[] = [];
		const { start, finish } = inBackground({
			name: 'demo',
			hooks: {
				'astro:build:done': async () => {
					events.push('work started');
					await gate.promise;
					events.push('work done');
				},
			},
		});
		await buildDone(start)({});
		events.push('later hooks');
		const finished = Promise.resolve(buildDone(finish)({})).then(() => events.push('finish returned'));
		await Promise.resolve();
		expect(events).toEqual(['work started', 'later hooks']);
		gate.resolve();
		await finished;
		expect(events).toEqual(['work started', 'later hooks', 'work done', 'finish returned']);
	});

	it('fails the build at finish with the error of the work', async () => {
		const { start, finish } = inBackground({ name: 'demo', hooks: { 'astro:build:done': async () => Promise.reject(new Error('disk full')) } });
		await buildDone(start)({});
		await expect(buildDone(finish)({})).rejects.toThrow('disk full');
	});

	it('keeps the integration’s other hooks on start, and names finish after it', () => {
		const setup = () => {};
		const { start, finish } = inBackground({ name: 'demo', hooks: { 'astro:config:done': setup, 'astro:build:done': async () => {} } });
		expect(start.name).toBe('demo');
		expect(start.hooks['astro:config:done']).toBe(setup);
		expect(finish.name).toBe('demo:finish');
	});

	it('refuses a finish that runs before its start', async () => {
		const { finish } = inBackground({ name: 'demo', hooks: { 'astro:build:done': async () => {} } });
		await expect(buildDone(finish)({})).rejects.toThrow(/put its start before its finish/);
	});
});
