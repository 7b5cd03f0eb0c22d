/** The built site on a plain static server and a Chromium to look at it, started once per test file. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser';
import { distRoot } from './dist';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';

export interface Site {
	/** The server's origin, e.g. `http://127.0.0.1:41234`. */
	readonly url: string;
	readonly browser: Browser;
}

/** Registers the hooks that start and stop the server and the browser; `headers` go on every response. */
export function useSite(headers: () => Record<string, string> = () => ({})): Site {
	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		server = await serveStatic(distRoot, headers());
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		get url() {
			if (!server) throw new Error('the site is not started yet');
			return server.url;
		},
		get browser() {
			if (!browser) throw new Error('the browser is not started yet');
			return browser;
		},
	};
}
