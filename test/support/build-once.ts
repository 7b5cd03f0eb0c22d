/**
 * Vitest global setup for the build and browser layers: runs the real `astro build` once per test run
 * (both layers share it), so every test reads the same freshly built `dist/`.
 */
import { astroBuildOrThrow } from '../../scripts/lib/astro-build';

export default function setup(): void {
	if (process.env.ATLAS_TEST_BUILT === '1') return;
	if (process.env.ATLAS_REUSE_DIST === '1') {
		process.env.ATLAS_TEST_BUILT = '1';
		return;
	}
	// The tests read the real catalogue with the default switches, whatever the shell sets.
	astroBuildOrThrow('test site');
	process.env.ATLAS_TEST_BUILT = '1';
}
