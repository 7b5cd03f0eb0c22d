/**
 * Vitest global setup for the build and browser layers: runs the real `astro build` once per test run
 * (both layers share it), so every test reads the same freshly built `dist/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { astroBuildOrThrow } from '../../scripts/lib/astro-build';
import { testBuildLog } from './dist';

export default function setup(): void {
	if (process.env.ATLAS_TEST_BUILT === '1') return;
	if (process.env.ATLAS_REUSE_DIST === '1') {
		process.env.ATLAS_TEST_BUILT = '1';
		return;
	}
	// The tests read the real catalogue with the default switches, whatever the shell sets.
	const log = astroBuildOrThrow('test site');
	// Kept beside dist/ for the tests of how the pages were rendered (test/build/render-workers.test.ts).
	mkdirSync(dirname(testBuildLog), { recursive: true });
	writeFileSync(testBuildLog, log);
	process.env.ATLAS_TEST_BUILT = '1';
}
