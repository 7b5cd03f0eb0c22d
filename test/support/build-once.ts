/**
 * Vitest global setup for the build and browser layers: runs the real `astro build` once per test run
 * (both layers share it), so every test reads the same freshly built `dist/`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export default function setup(): void {
	if (process.env.ATLAS_TEST_BUILT === '1') return;
	if (process.env.ATLAS_REUSE_DIST === '1') {
		process.env.ATLAS_TEST_BUILT = '1';
		return;
	}
	// The tests read the real catalogue with the default switches, whatever the shell sets.
	const { ATLAS_CONTENT_ROOT: _ignored, ATLAS_ALIAS_PAGES: _aliases, ATLAS_INCREMENTAL: _incremental, ...env } = process.env;
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: projectRoot,
		encoding: 'utf8',
		// Vitest sets NODE_ENV=test, which would make Astro build a development site (no search index UI).
		env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
		maxBuffer: 64 * 1024 * 1024,
	});
	if (result.status !== 0) {
		throw new Error(`astro build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
	}
	process.env.ATLAS_TEST_BUILT = '1';
}
