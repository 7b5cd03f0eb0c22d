import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		projects: [
			{
				test: {
					name: 'unit',
					include: ['test/unit/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'build',
					include: ['test/build/**/*.test.ts'],
					globalSetup: ['test/support/build-once.ts'],
					testTimeout: 120_000,
					hookTimeout: 600_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts'],
					globalSetup: ['test/support/build-once.ts'],
					testTimeout: 60_000,
					hookTimeout: 600_000,
					fileParallelism: false,
					// Concurrent tests of a file (axe, hostile input) share one Chromium; two at a time keep both cores busy.
					maxConcurrency: 2,
				},
			},
		],
	},
});
