/**
 * A built code page in Chromium: what its first load fetches, and how fast Pagefind's search answers
 * there, first and warm. (The lookup page is measured in lookup.ts.)
 */
import type { Browser, Page, Request } from 'playwright-core';
import { gzipped, median } from './numbers';

interface Transfer {
	url: string;
	type: string;
	raw: number;
	gzip: number;
}

/** Records every finished same-origin request of a page with its body's raw and gzipped size. */
function recordTransfers(page: Page, origin: string): { transfers: Transfer[]; settled: () => Promise<void> } {
	const transfers: Transfer[] = [];
	const pending: Promise<void>[] = [];
	page.on('requestfinished', (request: Request) => {
		if (!request.url().startsWith(origin)) return;
		pending.push(
			(async () => {
				// A request that ends as the context closes has no response left to read.
				const response = await request.response().catch(() => null);
				const body = response && response.status() < 300 ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
				transfers.push({ url: request.url().slice(origin.length), type: request.resourceType(), raw: body.length, gzip: gzipped(body) });
			})(),
		);
	});
	return { transfers, settled: async () => void (await Promise.all(pending)) };
}

export interface FirstLoad {
	page: string;
	requests: number;
	raw: number;
	gzip: number;
	/** Gzipped bytes by resource type (document, stylesheet, script, …). */
	byType: Record<string, number>;
}

/** Loads a code page in a fresh context and sums what it fetched until the network is idle (plus 2 s for idle-time prefetch). */
export async function firstLoad(browser: Browser, origin: string, path: string): Promise<FirstLoad> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const recorder = recordTransfers(page, origin);
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	await page.waitForTimeout(2000);
	await page.waitForLoadState('networkidle');
	await recorder.settled();
	await context.close();
	const byType: Record<string, number> = {};
	for (const transfer of recorder.transfers) byType[transfer.type] = (byType[transfer.type] ?? 0) + transfer.gzip;
	return {
		page: path,
		requests: recorder.transfers.length,
		raw: recorder.transfers.reduce((sum, t) => sum + t.raw, 0),
		gzip: recorder.transfers.reduce((sum, t) => sum + t.gzip, 0),
		byType,
	};
}

export interface SearchTiming {
	firstMs: number;
	firstResults: number;
	warmMs: number;
	firstFetchRaw: number;
	firstFetchGzip: number;
	firstFetchRequests: number;
}

export const firstQuery = 'timeout';
export const warmQueries = ['session', 'invalid frame', 'handshake', 'permission denied', 'checksum mismatch', 'buffer overflow'];

/**
 * Pagefind's JS API in the page, as Starlight's search uses it: the first query includes loading
 * pagefind.js, its WebAssembly and the index chunks it needs, and the data of the top five results.
 * Passed as source text, so the TypeScript compiler leaves the page's own `import()` alone.
 */
const firstSearchScript = `(async (query) => {
	const started = performance.now();
	const pagefind = await import('/pagefind/pagefind.js');
	await pagefind.options({});
	const search = await pagefind.search(query);
	await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
	window.__benchPagefind = pagefind;
	return { ms: performance.now() - started, results: search.results.length };
})`;

const warmSearchScript = `(async (queries) => {
	const times = [];
	for (const query of queries) {
		const started = performance.now();
		const search = await window.__benchPagefind.search(query);
		await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
		times.push(performance.now() - started);
	}
	return times;
})`;

export async function searchTiming(browser: Browser, origin: string, path: string): Promise<SearchTiming> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	const recorder = recordTransfers(page, origin);
	const first = (await page.evaluate(`${firstSearchScript}(${JSON.stringify(firstQuery)})`)) as { ms: number; results: number };
	await recorder.settled();
	const fetched = recorder.transfers.filter((transfer) => transfer.url.startsWith('/pagefind/'));
	const warm = (await page.evaluate(`${warmSearchScript}(${JSON.stringify(warmQueries)})`)) as number[];
	await context.close();
	return {
		firstMs: first.ms,
		firstResults: first.results,
		warmMs: median(warm),
		firstFetchRaw: fetched.reduce((sum, t) => sum + t.raw, 0),
		firstFetchGzip: fetched.reduce((sum, t) => sum + t.gzip, 0),
		firstFetchRequests: fetched.length,
	};
}
