/**
 * Lets an integration's after-build work run while later integrations run theirs. Astro awaits each
 * `astro:build:done` hook in turn; searchIndex() builds the search index, which takes both cores for
 * a fifth of a large build, while reading every page for the CSP mostly waits on the disk. Split in
 * two, the work starts where `start` stands in the list of integrations and the build waits for it
 * (and fails with its error) where `finish` stands.
 *
 * Only for work that neither writes HTML that Pagefind reads (the pages its glob names,
 * src/integrations/search-index.ts) nor reads what the integrations between `start` and `finish`
 * write.
 */
import type { AstroIntegration } from 'astro';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

export function inBackground(integration: AstroIntegration): { start: AstroIntegration; finish: AstroIntegration } {
	const work = integration.hooks['astro:build:done'];
	let running: Promise<void> | undefined;
	const start: BuildDone = (options) => {
		running = Promise.resolve(work?.(options));
		// Handled here so that a failure is not reported twice; `finish` rethrows it.
		running.catch(() => undefined);
	};
	return {
		start: { ...integration, hooks: { ...integration.hooks, 'astro:build:done': start } },
		finish: {
			name: `${integration.name}:finish`,
			hooks: {
				'astro:build:done': async () => {
					if (!running) throw new Error(`${integration.name}: its after-build work never started; put its start before its finish`);
					await running;
				},
			},
		},
	};
}
