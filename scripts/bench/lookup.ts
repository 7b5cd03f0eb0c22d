/**
 * The lookup and the 404 page at scale: what an answer fetches of the resolver's index (its core and
 * the pieces the text points to), how soon the first answer shows (fetching, worker start and matching
 * included), what the pages weigh with it, and how long the main thread is blocked by a 1 MB paste.
 * Measured in Chromium on /lookup/ and the 404 page of a built site, and, for one code of each
 * protocol, from the pieces on disk.
 *
 * What grows with the catalogue: the whole index (still written as /resolver-index.json, which the
 * site's search reads) and the number of pieces. What should not: the core, each piece, and what a
 * code-shaped answer fetches (test/unit/resolver-shards.test.ts fails if it grows).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { loadCatalogue } from '../../src/lib/read-content';
import { listedMatches, resolvePath, resolveText, type ResolverIndex } from '../../src/lib/resolve';
import { catalogueResolverIndex } from '../../src/lib/resolver-data';
import { coreUrl, pieceUrl, settle, ShardedIndex, type ShardedCore, type ShardedFiles } from '../../src/lib/resolver-shards';
import { gzipped } from './numbers';

/** How many matches the lookup and the 404 page write out. */
export const listed = listedMatches;

/** The targets of the issue "every page stays light at 10,000 codes", for the lookup and the 404 page. */
export const lookupTargets = {
	/** What a code-shaped answer fetches of the index, gzipped. */
	codeFetchKb: 30,
	/** From asking to the first answer, on this machine. */
	codeFirstMs: 300,
	/** The page and everything it fetched to show its first answer, gzipped. */
	pageKb: 100,
};

/** Requests, and their bodies' bytes, raw and gzipped. */
export interface Fetched {
	requests: number;
	raw: number;
	gzip: number;
}

/** What one answer fetched from the index's pieces: the core and each piece it read. */
export interface PiecesFetched extends Fetched {
	query: string;
}

const none = (): Fetched => ({ requests: 0, raw: 0, gzip: 0 });
const add = (into: Fetched, body: Buffer) => {
	into.requests += 1;
	into.raw += body.length;
	into.gzip += gzipped(body);
};

/**
 * What `/lookup/` (a text) or the 404 page (a path starting with `/`) fetches to answer `query` on a
 * fresh page: the core, then the pieces, in the same rounds as in the browser. `read` gives a piece's
 * body by name.
 */
export async function piecesOf(core: ShardedCore, read: (name: string) => Buffer, query: string): Promise<PiecesFetched> {
	const fetched: PiecesFetched = { query, ...none() };
	add(fetched, Buffer.from(JSON.stringify(core)));
	await settle(
		new ShardedIndex(core),
		async (name) => {
			const body = read(name);
			add(fetched, body);
			return JSON.parse(body.toString('utf8')) as unknown;
		},
		(source) => (query.startsWith('/') ? resolvePath(source, query, { limit: listed }) : resolveText(source, query, { limit: listed })),
	);
	return fetched;
}

/** The same, from pieces in memory (`shardIndex`'s output), as the unit test measures them. */
export function piecesFetched(files: ShardedFiles, query: string): Promise<PiecesFetched> {
	return piecesOf(
		files.core,
		(name) => {
			const piece = files.pieces.get(name);
			if (piece === undefined) throw new Error(`no piece ${name}`);
			return Buffer.from(JSON.stringify(piece));
		},
		query,
	);
}

/** The resolver's whole index of a catalogue folder, read as the build reads it. */
export function indexOfFolder(root: string, projectRoot: string): ResolverIndex {
	const catalogue = loadCatalogue(root, projectRoot);
	const entries = catalogue.entries.map(({ file, data }) => ({ protocol: file.protocol ?? '', slug: file.stem, data }));
	return catalogueResolverIndex([...catalogue.protocols].map(([id, data]) => ({ id, data })), entries, catalogue.printed);
}

/** The code-shaped query of the issue, as a reader types it. */
export const codeQuery = 'error code 0x0101 timeout';
/** Free text naming no code: words of a description, as a reader might remember them. */
export const textQuery = 'the peer closed the connection before the session key was agreed';

/** The code-shaped queries measured: the issue's own, and the first code of each protocol typed alone. */
export function codeQueries(index: ResolverIndex): string[] {
	const firsts = index.protocols.map((_, protocolIndex) => index.codes.find((record) => record[0] === protocolIndex)?.[1]).filter((code) => code !== undefined);
	return [codeQuery, ...firsts];
}

export interface LookupTiming {
	/** The whole index in one file (/resolver-index.json, which only the site's search reads now). */
	indexRaw: number;
	indexGzip: number;
	/** The core every answer fetches first, gzipped, and how many pieces the index is cut into. */
	coreGzip: number;
	pieces: number;
	/** The code-shaped query, the printed line and the free text that were timed. */
	codeQuery: string;
	lineQuery: string;
	textQuery: string;
	/** From submitting the form to the first answer on a fresh page (fetching and worker start included). */
	/** The median of `answerRuns` fresh pages; `...FirstRuns` every run, for the range. */
	codeFirstMs: number;
	lineFirstMs: number;
	textFirstMs: number;
	codeFirstRuns: number[];
	lineFirstRuns: number[];
	textFirstRuns: number[];
	/** /lookup/ before any query: its HTML, styles and scripts. */
	page: Fetched;
	/** What each answer fetched of the index (core and pieces), in the browser. */
	codeFetch: Fetched;
	lineFetch: Fetched;
	textFetch: Fetched;
	/** Everything the page fetched for the code-shaped answer: the worker's script and the index's pieces. */
	codeAll: Fetched;
	textAll: Fetched;
	/** The first code of each protocol typed alone, from the pieces on disk: the largest fetch. */
	eachCode: { queries: number; largest: PiecesFetched };
	/** The 404 page at an address that spells a code otherwise: from loading it to sending the reader on. */
	notFound: { path: string; ms: number; all: Fetched; index: Fetched } | undefined;
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

/**
 * Every finished same-origin request's body, from now on; `take` hands over what arrived and starts
 * afresh; after `stop`, requests that start are left out (`except` is left out too).
 */
function recorder(page: Page, origin: string, except?: string) {
	let bodies: { path: string; body: Buffer }[] = [];
	let pending: Promise<void>[] = [];
	let stopped = false;
	const started = new WeakSet<Request>();
	page.on('request', (request: Request) => {
		if (!stopped) started.add(request);
	});
	page.on('requestfinished', (request: Request) => {
		if (!request.url().startsWith(origin) || !started.has(request) || new URL(request.url()).pathname === except) return;
		pending.push(
			(async () => {
				const response = await request.response();
				const body = response && response.status() < 300 ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
				bodies.push({ path: new URL(request.url()).pathname, body });
			})(),
		);
	});
	return {
		stop: () => void (stopped = true),
		async take(): Promise<{ all: Fetched; index: Fetched }> {
			await Promise.all(pending);
			const taken = { all: none(), index: none() };
			for (const { path, body } of bodies) {
				add(taken.all, body);
				if (path.startsWith('/resolver/')) add(taken.index, body);
			}
			bodies = [];
			pending = [];
			return taken;
		},
	};
}

interface Answer {
	ms: number;
	page: Fetched;
	index: Fetched;
	all: Fetched;
}

async function timeFirstAnswer(browser: Browser, origin: string, query: string): Promise<Answer> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const record = recorder(page, origin);
	// The page fetches the index's core as soon as its script runs: then it is ready for a question.
	const prepared = page.waitForResponse((response) => new URL(response.url()).pathname === coreUrl, { timeout: 15_000 }).catch(() => undefined);
	await page.goto(`${origin}/lookup/`, { waitUntil: 'networkidle' });
	await prepared;
	const loaded = await record.take();
	const ms = (await page.evaluate(`${firstAnswerScript}(${JSON.stringify(query)})`)) as number;
	const answered = await record.take();
	await context.close();
	return { ms, page: loaded.all, index: answered.index, all: answered.all };
}

/**
 * Fresh pages a first answer is timed on. One cold page per query gave 205 ms for the code-shaped query
 * at 10,000 codes in one bench and 328 ms in the next, with the same lookup code: the median of several
 * is the figure, with every run beside it.
 */
export const answerRuns = 5;

/** The first answer to `query` on `answerRuns` fresh pages: the run of median time, and every time. */
async function timeFirstAnswers(browser: Browser, origin: string, query: string): Promise<Answer & { runs: number[] }> {
	const answers: Answer[] = [];
	for (let run = 0; run < answerRuns; run += 1) answers.push(await timeFirstAnswer(browser, origin, query));
	const byTime = [...answers].sort((a, b) => a.ms - b.ms);
	return { ...byTime[Math.floor(byTime.length / 2)]!, runs: answers.map((answer) => answer.ms) };
}

/** Loads an address with no page and waits for the 404 page to send the reader to `target`. */
async function timeNotFound(browser: Browser, origin: string, path: string, target: string): Promise<NonNullable<LookupTiming['notFound']>> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const record = recorder(page, origin, target);
	const started = performance.now();
	const sentOn = page.waitForRequest((request) => new URL(request.url()).pathname === target, { timeout: 30_000 });
	await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
	await sentOn;
	record.stop();
	const ms = performance.now() - started;
	await page.waitForURL((url) => url.pathname === target, { waitUntil: 'load' });
	// What the 404 page fetched before it sent the reader on; the code page's own load is not its.
	const { all, index } = await record.take();
	await context.close();
	return { path, ms, all, index };
}

export async function lookupTiming(browser: Browser, origin: string, dist: string): Promise<LookupTiming> {
	const body = readFileSync(join(dist, 'resolver-index.json'));
	const index = JSON.parse(body.toString('utf8')) as ResolverIndex;
	const core = JSON.parse(readFileSync(join(dist, coreUrl)).toString('utf8')) as ShardedCore;
	const readPiece = (name: string) => readFileSync(join(dist, pieceUrl(core, name)));
	const pieces = core.pieces.keys + core.pieces.words + core.pieces.printed + Math.ceil(core.count / core.pieces.codes) + core.lengths.length;

	const eachCode = await Promise.all(codeQueries(index).slice(1).map((query) => piecesOf(core, readPiece, query)));
	const largest = eachCode.reduce((big, one) => (one.gzip > big.gzip ? one : big));

	const lineQuery = lineFrom(index);
	const code = await timeFirstAnswers(browser, origin, codeQuery);
	const line = await timeFirstAnswers(browser, origin, lineQuery);
	const text = await timeFirstAnswers(browser, origin, textQuery);

	// An address that spells the first code otherwise, with no page of its own (no alias page either).
	const [protocolIndex, firstCode, , slug] = index.codes[0]!;
	const protocol = index.protocols[protocolIndex]!.id;
	const misspelt = `/${protocol.toUpperCase()}/${firstCode.toUpperCase()}/`;
	const notFound = existsSync(join(dist, misspelt, 'index.html')) ? undefined : await timeNotFound(browser, origin, misspelt, `/${protocol}/${slug}/`);

	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}/lookup/`, { waitUntil: 'networkidle' });
	await page.evaluate(`${firstAnswerScript}('warm-up ${firstCode}')`);
	const megabyte = `${lineQuery}\n${'lorem ipsum 10.0.0.1:8080 0x0101 dolor Error: E42 '.repeat(21_000)}`;
	await page.evaluate((text) => {
		(window as unknown as { __benchPaste: string }).__benchPaste = text;
	}, megabyte);
	const pasteLongTasksMs = (await page.evaluate(`${pasteScript}()`)) as number;
	await context.close();
	return {
		indexRaw: body.length,
		indexGzip: gzipSync(body).length,
		coreGzip: gzipped(Buffer.from(JSON.stringify(core))),
		pieces,
		codeQuery,
		lineQuery,
		textQuery,
		codeFirstMs: code.ms,
		lineFirstMs: line.ms,
		textFirstMs: text.ms,
		codeFirstRuns: code.runs,
		lineFirstRuns: line.runs,
		textFirstRuns: text.runs,
		page: code.page,
		codeFetch: code.index,
		lineFetch: line.index,
		textFetch: text.index,
		codeAll: code.all,
		textAll: text.all,
		eachCode: { queries: eachCode.length, largest },
		notFound,
		pasteLongTasksMs,
	};
}
