import { defineConfig } from 'vitest/config';
import SlowestLayersFirst from './test/support/sequencer.ts';

export default defineConfig({
	test: {
		// Vitest's default is one worker less than the cores, one on a 2-core machine. The browser tests
		// wait on Chromium and the build tests on child builds: three files at once kept both cores busy
		// (measured on 2 cores, idle: 377 s with three, 427 s with two, 424 s with four).
		maxWorkers: 3,
		// The longest layers start first (test/support/sequencer.ts).
		sequence: { sequencer: SlowestLayersFirst },
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		projects: [
			{
				test: {
					name: 'types',
					include: ['test/types/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'unit',
					include: ['test/unit/**/*.test.ts'],
					// Pure functions: the files share one module graph instead of importing it once each.
					isolate: false,
				},
			},
			{
				test: {
					name: 'build',
					include: ['test/build/**/*.test.ts'],
					// One module graph per worker: the built pages are parsed once, not once per file.
					isolate: false,
					globalSetup: ['test/support/build-once.ts'],
					testTimeout: 120_000,
					hookTimeout: 600_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts'],
					isolate: false,
					globalSetup: ['test/support/build-once.ts', 'test/support/browser-server.ts'],
					testTimeout: 60_000,
					hookTimeout: 600_000,
					// Concurrent tests of a file (axe, hostile input) share its Chromium, two at a time.
					maxConcurrency: 2,
				},
			},
		],
	},
});
