/**
 * The built site on a static server that sends each path the headers the built `_headers` file gives
 * it, as the host does (the CSP, long caching of Astro's hashed assets), started once per test file;
 * and the run's shared Chromium to look at it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { distRoot } from './dist';
import { headersFor } from '../../src/lib/headers';
import { serveStatic, type StaticHeaders, type StaticServer } from '../../scripts/lib/static-server';

export interface Site {
	/** The server's origin, e.g. `http://127.0.0.1:41234`. */
	readonly url: string;
	readonly browser: Browser;
	/**
	 * For tests that run one after another: loads `path` in the file's one open page for these context
	 * options (viewport, phone, colour scheme, JavaScript), opened on first use and kept for the next
	 * test. A navigation in an open page costs about a third of the CPU of a first load in a new context
	 * (measured in this Chromium: 0.6 against 1.7 CPU-seconds). Storage persists between the tests that
	 * share a page: a test that needs a clean one opens its own context.
	 */
	open(path: string, options?: BrowserContextOptions): Promise<Page>;
}

/** The run's shared Chromium (test/support/browser-server.ts); closing what this returns disconnects from it. */
export function connectChromium(): Promise<Browser> {
	return chromium.connect(inject('chromiumEndpoint'));
}

/** The headers a host that reads the built `_headers` file sends, path by path. */
export function hostHeaders(): StaticHeaders {
	const text = readFileSync(join(distRoot, '_headers'), 'utf8');
	return (pathname) => headersFor(text, pathname);
}

/** Registers the hooks that start and stop the server and the browser; `headers` says what goes on each response. */
export function useSite(headers: () => StaticHeaders = hostHeaders): Site {
	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	const kept = new Map<string, Promise<{ context: BrowserContext; page: Page }>>();
	beforeAll(async () => {
		server = await serveStatic(distRoot, headers());
		browser = await connectChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		async open(path, options = {}) {
			const key = JSON.stringify(options);
			let held = kept.get(key);
			if (!held) {
				held = this.browser.newContext(options).then(async (context) => ({ context, page: await context.newPage() }));
				kept.set(key, held);
			}
			const { page } = await held;
			await page.goto(`${this.url}${path}`);
			return page;
		},
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
