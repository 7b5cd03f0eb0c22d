/**
 * Vitest global setup for the browser layer: one Chromium for the whole run, which every test file
 * connects to (test/support/site.ts). A launch costs about two seconds of CPU, and the browser files
 * would otherwise launch one each; each file still works in contexts of its own, closed with it.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumOptions } from '../../scripts/lib/browser';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The shared Chromium's address, for `chromium.connect`. */
		chromiumEndpoint: string;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const server = await chromium.launchServer(chromiumOptions);
	project.provide('chromiumEndpoint', server.wsEndpoint());
	return () => server.close();
}
