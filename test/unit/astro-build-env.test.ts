// The environment a child `astro build` gets from the tests and the bench: the caller's switches only,
// and none of Vite's own names, which a Vitest worker puts in process.env (DEV=1 made every build
// started from a test a development build, without the search box).
import { afterEach, describe, expect, it } from 'vitest';
import { astroBuildEnv } from '../../scripts/lib/astro-build';

const saved = { ...process.env };
afterEach(() => {
	for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
	Object.assign(process.env, saved);
});

describe('astroBuildEnv', () => {
	it('leaves out Vite’s import.meta.env names a test worker sets, and builds for production', () => {
		Object.assign(process.env, { DEV: '1', PROD: '', MODE: 'test', SSR: '1', BASE_URL: '/x/' });
		const env = astroBuildEnv();
		for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) expect(env, name).not.toHaveProperty(name);
		expect(env.NODE_ENV).toBe('production');
	});

	it('takes the site’s switches from the caller, never from the shell', () => {
		Object.assign(process.env, { ATLAS_CONTENT_ROOT: '/elsewhere', ATLAS_INCREMENTAL: 'on' });
		const env = astroBuildEnv({ ATLAS_ALIAS_PAGES: 'off' });
		expect(env).not.toHaveProperty('ATLAS_CONTENT_ROOT');
		expect(env).not.toHaveProperty('ATLAS_INCREMENTAL');
		expect(env.ATLAS_ALIAS_PAGES).toBe('off');
	});
});
