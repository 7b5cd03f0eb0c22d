/** The built site on a plain static server, started once per test file, and the run's shared Chromium to look at it. */
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { distRoot } from './dist';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';

export interface Site {
	/** The server's origin, e.g. `http://127.0.0.1:41234`. */
	readonly url: string;
	readonly browser: Browser;
}

/** The run's shared Chromium (test/support/browser-server.ts); closing what this returns disconnects from it. */
export function connectChromium(): Promise<Browser> {
	return chromium.connect(inject('chromiumEndpoint'));
}

/** Registers the hooks that start and stop the server and the browser; `headers` go on every response. */
export function useSite(headers: () => Record<string, string> = () => ({})): Site {
	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		server = await serveStatic(distRoot, headers());
		browser = await connectChromium();
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
