/**
 * The lookup at scale: how big its index is, how soon the first answer shows for a code and for a
 * printed line (index fetch, worker start and matching included), and how long the main thread is
 * blocked by a 1 MB paste. Measured in Chromium on /lookup/ of a built site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { loadCatalogue } from '../../src/lib/read-content';
import { resolvePath, resolveText, type ResolverIndex } from '../../src/lib/resolve';
import { catalogueResolverIndex } from '../../src/lib/resolver-data';
import { settle, ShardedIndex, type ShardedFiles } from '../../src/lib/resolver-shards';

/** How many matches the lookup and the 404 page write out (what src/scripts/matches.ts lists). */
export const listed = 20;

/** What one answer fetched from the index's pieces: the core and each piece it read, gzipped. */
export interface PiecesFetched {
	query: string;
	pieces: number;
	raw: number;
	gzip: number;
}

const gzipOf = (value: unknown) => gzipSync(JSON.stringify(value)).length;

/**
 * What `/lookup/` (a text) or the 404 page (a path starting with `/`) fetches to answer `query`, read
 * from pieces in memory: the same pieces, in the same rounds, that the browser fetches.
 */
export async function piecesFetched(files: ShardedFiles, query: string): Promise<PiecesFetched> {
	const index = new ShardedIndex(files.core);
	const fetched = { query, pieces: 0, raw: JSON.stringify(files.core).length, gzip: gzipOf(files.core) };
	await settle(
		index,
		async (name) => {
			const piece = files.pieces.get(name);
			if (piece === undefined) throw new Error(`no piece ${name}`);
			fetched.pieces += 1;
			fetched.raw += JSON.stringify(piece).length;
			fetched.gzip += gzipOf(piece);
			return piece;
		},
		(source) => (query.startsWith('/') ? resolvePath(source, query, { limit: listed }) : resolveText(source, query, { limit: listed })),
	);
	return fetched;
}

/** The resolver's whole index of a catalogue folder, read as the build reads it. */
export function indexOfFolder(root: string, projectRoot: string): ResolverIndex {
	const catalogue = loadCatalogue(root, projectRoot);
	const entries = catalogue.entries.map(({ file, data }) => ({ protocol: file.protocol ?? '', slug: file.stem, data }));
	return catalogueResolverIndex([...catalogue.protocols].map(([id, data]) => ({ id, data })), entries, catalogue.printed);
}

/** The code-shaped queries measured: the issue's own, and the first code of each protocol as typed alone. */
export function codeQueries(index: ResolverIndex): string[] {
	const firsts = index.protocols.map((_, protocolIndex) => index.codes.find((record) => record[0] === protocolIndex)?.[1]).filter((code) => code !== undefined);
	return ['error code 0x0101 timeout', ...firsts];
}

export interface LookupTiming {
	indexRaw: number;
	indexGzip: number;
	/** The code-shaped query and the printed line that were timed. */
	codeQuery: string;
	lineQuery: string;
	/** From submitting the form to the first answer on a fresh page (index fetch included). */
	codeFirstMs: number;
	lineFirstMs: number;
	/** Main-thread long tasks while a 1 MB paste is read and answered. */
	pasteLongTasksMs: number;
}

/** A printed string of the index with its values filled in, as a program would print it. */
function lineFrom(index: ResolverIndex): string {
	const printed = index.printed.find(([, , template]) => /\{[A-Za-z0-9_]/.test(template)) ?? index.printed[0];
	if (!printed) return `${index.codes[0]?.[2] ?? 'error'}`;
	const [codeIndex, , template] = printed;
	return template.replace(/\{code\}/g, index.codes[codeIndex]![1]).replace(/\{[A-Za-z0-9_][\w.-]*\}/g, (slot) => (slot.includes('time') ? '2026-11-30 03:12:45' : 'a7f3-19'));
}

const firstAnswerScript = `(async (query) => {
	const form = document.getElementById('lookup-form');
	const field = document.getElementById('lookup-q');
	const results = document.getElementById('lookup-results');
	const answered = new Promise((resolve) => {
		new MutationObserver((_, observer) => {
			if (results.childElementCount > 0) { observer.disconnect(); resolve(); }
		}).observe(results, { childList: true, subtree: true });
	});
	const started = performance.now();
	field.value = query;
	form.requestSubmit();
	await answered;
	return performance.now() - started;
})`;

/** The text is handed over first, in its own task: the harness's cost of copying a megabyte into the page is not the page's. */
const pasteScript = `(async () => {
	const text = window.__benchPaste;
	await new Promise((resolve) => setTimeout(resolve, 50));
	const tasks = [];
	new PerformanceObserver((list) => { for (const entry of list.getEntries()) tasks.push(entry.duration); }).observe({ type: 'longtask' });
	const form = document.getElementById('lookup-form');
	const field = document.getElementById('lookup-q');
	const results = document.getElementById('lookup-results');
	results.replaceChildren();
	const answered = new Promise((resolve) => {
		new MutationObserver((_, observer) => {
			if (results.querySelector('li, p')) { observer.disconnect(); resolve(); }
		}).observe(results, { childList: true, subtree: true });
	});
	field.value = text;
	field.dispatchEvent(new Event('input', { bubbles: true }));
	await answered;
	// Long tasks are reported after they end: one more frame lets the last one arrive.
	await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
	return tasks.reduce((sum, value) => sum + value, 0);
})`;

async function timeFirstAnswer(browser: Browser, origin: string, query: string): Promise<number> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}/lookup/`, { waitUntil: 'networkidle' });
	const ms = (await page.evaluate(`${firstAnswerScript}(${JSON.stringify(query)})`)) as number;
	await context.close();
	return ms;
}

export async function lookupTiming(browser: Browser, origin: string, dist: string): Promise<LookupTiming> {
	const body = readFileSync(join(dist, 'resolver-index.json'));
	const index = JSON.parse(body.toString('utf8')) as ResolverIndex;
	const middle = index.codes[Math.floor(index.codes.length / 2)]!;
	const codeQuery = `error code ${middle[1]} timeout`;
	const lineQuery = lineFrom(index);
	const codeFirstMs = await timeFirstAnswer(browser, origin, codeQuery);
	const lineFirstMs = await timeFirstAnswer(browser, origin, lineQuery);

	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}/lookup/`, { waitUntil: 'networkidle' });
	await page.evaluate(`${firstAnswerScript}('warm-up ${middle[1]}')`);
	const megabyte = `${lineQuery}\n${'lorem ipsum 10.0.0.1:8080 0x0101 dolor Error: E42 '.repeat(21_000)}`;
	await page.evaluate((text) => {
		(window as unknown as { __benchPaste: string }).__benchPaste = text;
	}, megabyte);
	const pasteLongTasksMs = (await page.evaluate(`${pasteScript}()`)) as number;
	await context.close();
	return { indexRaw: body.length, indexGzip: gzipSync(body).length, codeQuery, lineQuery, codeFirstMs, lineFirstMs, pasteLongTasksMs };
}
