/**
 * `npm run bench`: builds the real site and two synthetic catalogues (1,000 and 10,000 codes by
 * default), measures each build (time, memory, output, page weight, search in Chromium), a rebuild
 * of the large one after a one-entry edit with and without Astro's incremental build, Lighthouse on
 * the real build, and writes BENCHMARKS.md.
 *
 * Options: --codes 1000,10000 (the two synthetic sizes), --runs 3 (cold builds of each catalogue; the
 * median is reported, with the range), --skip-lighthouse, --keep (keep the temp folder).
 * Every build goes to a temp folder (`--outDir`, `ATLAS_CACHE_DIR`): nothing in dist/ is touched.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import type { Browser, Page, Request } from 'playwright-core';
import { astroBuildEnv, withoutColour } from '../../test/support/astro-build';
import { launchChromium, chromiumPath } from '../../test/support/browser';
import { serveStatic } from '../../test/support/static-server';
import { formatProblems } from '../../src/lib/corpus';
import { loadCatalogue } from '../../src/lib/read-content';
import { generateCatalogue } from './generate-catalogue';
import { lookupTiming, type LookupTiming } from './lookup';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const lighthouseBin = join(projectRoot, 'node_modules/lighthouse/cli/index.js');

// ---------------------------------------------------------------------------------------------
// Options and small helpers

const args = process.argv.slice(2);
const codesArg = args.includes('--codes') ? args[args.indexOf('--codes') + 1] ?? '' : '1000,10000';
const sizes = codesArg.split(',').map(Number);
const smallCodes = sizes[0] ?? 0;
const largeCodes = sizes[1] ?? 0;
if (!(Number.isInteger(smallCodes) && smallCodes >= 3 && largeCodes > smallCodes)) throw new Error('--codes needs two sizes, small first, e.g. 1000,10000');
const skipLighthouse = args.includes('--skip-lighthouse');
// This machine's disk makes one build's wall time vary by a third: each catalogue is built several times.
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
if (!(Number.isInteger(runs) && runs >= 1)) throw new Error('--runs needs a whole number of builds, 1 or more');
const keep = args.includes('--keep');

const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const thousands = (n: number) => n.toLocaleString('en-US');
const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
/** Bytes after gzip (default level 6, what most hosts use); never more than raw, as for already-compressed files. */
const gzipped = (body: Buffer) => Math.min(body.length, gzipSync(body).length);

function log(line = ''): void {
	console.log(line);
}

// ---------------------------------------------------------------------------------------------
// Building

/** Log lines that mark the start of each build phase, in order; a phase ends where the next begins. */
const phaseMarkers: { phase: string; marker: RegExp }[] = [
	{ phase: 'config and catalogue check', marker: /^/ },
	{ phase: 'content layer sync', marker: /\[content\] Syncing content/ },
	{ phase: 'types, build info, emptying the output folder', marker: /\[content\] Synced content/ },
	{ phase: 'vite bundle', marker: /Building static entrypoints/ },
	{ phase: 'route setup (getStaticPaths)', marker: /generating static routes/ },
	{ phase: 'page rendering', marker: /[├└]─ \// },
	{ phase: 'pagefind index', marker: /Building search index with Pagefind/ },
	{ phase: 'post-build hooks', marker: /Finished building search index/ },
	{ phase: 'exit', marker: /\[build\] Complete!/ },
];

interface BuildRun {
	wallMs: number;
	/** HTML pages Astro reports it built (its count leaves out the JSON endpoints). */
	pages: number;
	/** Alias redirect pages the permalinks integration wrote. */
	aliasPages: number;
	peakRssKb: number | undefined;
	peakHow: string;
	/** User plus system CPU time of the build and its children (Pagefind), from GNU time. */
	cpuMs: number | undefined;
	/** Bytes the build wrote to the file system, from GNU time's block count. */
	writtenBytes: number | undefined;
	phases: { phase: string; ms: number }[];
	/** The 5-minute load average when the build ended: above 0 means other work shared the cores. */
	loadAfter: string;
	/** Render time by kind of route, summed from the `(+Nms)` Astro logs after each page. */
	routes: { kind: string; pages: number; ms: number }[];
	/** The slowest single pages. */
	slowest: { path: string; ms: number }[];
	/** Pages Astro's incremental build copied from the last build instead of rendering them. */
	reused: number;
	logFile: string;
}

/** Which kind of route a built path is, for the render-time breakdown. */
function routeKind(path: string): string {
	const parts = path.split('/').filter(Boolean);
	if (parts[0] === 'compare') return 'compare pages';
	if (parts[0] === 'guides') return 'guides';
	if (parts.length === 3 && parts[2] === 'index.html') return 'code pages';
	if (parts.length === 2 && parts[1] === 'index.html') return parts[0] === 'codes' || parts[0] === 'lookup' ? `/${parts[0]}/` : 'protocol pages';
	return 'other';
}

/** Reads Astro's per-page lines, `├─ /stt/0x0101/index.html (+12ms)`, into a breakdown by route kind. */
function routeTimes(text: string): Pick<BuildRun, 'routes' | 'slowest'> {
	const byKind = new Map<string, { pages: number; ms: number }>();
	const pages: { path: string; ms: number }[] = [];
	for (const match of text.matchAll(/[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
		const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
		const path = match[1]!;
		pages.push({ path, ms });
		const kind = byKind.get(routeKind(path)) ?? { pages: 0, ms: 0 };
		kind.pages += 1;
		kind.ms += ms;
		byKind.set(routeKind(path), kind);
	}
	return {
		routes: [...byKind].map(([kind, { pages: count, ms }]) => ({ kind, pages: count, ms })).sort((a, b) => b.ms - a.ms),
		slowest: pages.sort((a, b) => b.ms - a.ms).slice(0, 3),
	};
}

const gnuTime = existsSync('/usr/bin/time') && /Maximum resident/.test(spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' }).stderr ?? '');

/** Sums VmRSS over a process and its descendants (for machines without GNU time). */
function treeRssKb(rootPid: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const status = readFileSync(`/proc/${name}/status`, 'utf8');
			const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
			rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// The process ended while we looked.
		}
	}
	let total = 0;
	const stack = [rootPid];
	while (stack.length > 0) {
		const pid = stack.pop()!;
		total += rss.get(pid) ?? 0;
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

async function astroBuild(label: string, options: { contentRoot?: string; outDir: string; cacheDir: string; env?: Record<string, string> }): Promise<BuildRun> {
	const logFile = join(work, `build-${label}.log`);
	const timeFile = join(work, `time-${label}.txt`);
	const env = astroBuildEnv({
		ATLAS_CACHE_DIR: options.cacheDir,
		...(options.contentRoot ? { ATLAS_CONTENT_ROOT: options.contentRoot } : {}),
		...options.env,
	});
	const command = [process.execPath, astroBin, 'build', '--outDir', options.outDir];
	const [file, ...rest] = gnuTime ? ['/usr/bin/time', '-v', '-o', timeFile, ...command] : command;
	const output = createWriteStream(logFile);
	// Let the last build's writes reach the disk first, so they are not counted against this one.
	spawnSync('sync');
	const started = performance.now();
	const child = spawn(file!, rest, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
	const reached = new Map<string, number>([['config and catalogue check', started]]);
	let pending = '';
	const onData = (chunk: Buffer) => {
		output.write(chunk);
		pending += withoutColour(chunk.toString('utf8'));
		const lines = pending.split('\n');
		pending = lines.pop() ?? '';
		for (const line of lines) {
			for (const { phase, marker } of phaseMarkers) {
				if (!reached.has(phase) && marker.test(line)) reached.set(phase, performance.now());
			}
		}
	};
	child.stdout.on('data', onData);
	child.stderr.on('data', onData);
	let polledPeak = 0;
	const poller = gnuTime ? undefined : setInterval(() => (polledPeak = Math.max(polledPeak, treeRssKb(child.pid ?? 0))), 250);
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const wallMs = performance.now() - started;
	if (poller) clearInterval(poller);
	await new Promise<void>((resolve) => output.end(resolve));
	const text = withoutColour(readFileSync(logFile, 'utf8'));
	if (code !== 0) throw new Error(`the ${label} build failed (exit ${code}); its log is ${logFile}:\n${text.split('\n').slice(-30).join('\n')}`);

	const times = phaseMarkers.map(({ phase }) => ({ phase, at: reached.get(phase) })).filter((item): item is { phase: string; at: number } => item.at !== undefined);
	const phases = times.map(({ phase, at }, i) => ({ phase, ms: (times[i + 1]?.at ?? started + wallMs) - at }));
	const timeReport = gnuTime ? readFileSync(timeFile, 'utf8') : '';
	const timeField = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(timeReport)?.[1] ?? Number.NaN);
	const peakRssKb = gnuTime ? timeField('Maximum resident set size \\(kbytes\\)') : polledPeak;
	return {
		wallMs,
		cpuMs: gnuTime ? (timeField('User time \\(seconds\\)') + timeField('System time \\(seconds\\)')) * 1000 : undefined,
		// GNU time counts file system outputs in 512-byte blocks.
		writtenBytes: gnuTime ? timeField('File system outputs') * 512 : undefined,
		pages: Number(/(\d+) page\(s\) built in/.exec(text)?.[1] ?? 0),
		aliasPages: Number(/(\d+) alias pages/.exec(text)?.[1] ?? 0),
		peakRssKb,
		peakHow: gnuTime ? 'max RSS of the largest process (GNU time)' : 'summed RSS of the process tree (polled)',
		phases,
		loadAfter: loadavg()[1]!.toFixed(2),
		...routeTimes(text),
		reused: text.split('\n').filter((line) => /\((?:restored|cached)\)\s*$/.test(line)).length,
		logFile,
	};
}

// ---------------------------------------------------------------------------------------------
// The output

interface Tree {
	files: number;
	bytes: number;
}

function walk(folder: string, visit: (path: string, size: number) => void): void {
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) walk(path, visit);
		else if (entry.isFile()) visit(path, statSync(path).size);
	}
}

function treeOf(folder: string): Tree {
	const tree = { files: 0, bytes: 0 };
	if (existsSync(folder)) {
		walk(folder, (_path, size) => {
			tree.files += 1;
			tree.bytes += size;
		});
	}
	return tree;
}

/** Every code page's path, from the content folder: `/<protocol>/<slug>/`. */
function codePaths(contentRoot: string): string[] {
	const errors = join(contentRoot, 'errors');
	return readdirSync(errors)
		.sort()
		.flatMap((protocol) =>
			readdirSync(join(errors, protocol))
				.filter((name) => name.endsWith('.md') && !name.startsWith('_'))
				.sort()
				.map((name) => `/${protocol}/${name.slice(0, -3)}/`),
		);
}

interface CodePages {
	count: number;
	sampled: number;
	medianRaw: number;
	medianGzip: number;
	/** The sampled page whose raw size is the median one: the page the browser measures load. */
	medianPage: string;
	/** Raw bytes of the median page's parts that grow with the catalogue. */
	parts: Record<'sidebar' | 'equivalents' | 'inline scripts' | 'main, equivalents included', number>;
}

/** What a built page's bytes go to: the sidebar (protocols × categories), the equivalents list (codes sharing a concept), scripts, content. */
function partsOf(html: string): CodePages['parts'] {
	const root = parse(html);
	const equivalents = root.querySelector('#equivalents');
	let equivalentBytes = equivalents?.outerHTML.length ?? 0;
	for (let next = equivalents?.nextElementSibling; next && next.tagName !== 'H2'; next = next.nextElementSibling) equivalentBytes += next.outerHTML.length;
	return {
		sidebar: root.querySelector('#starlight__sidebar')?.outerHTML.length ?? 0,
		equivalents: equivalentBytes,
		'inline scripts': root.querySelectorAll('script').reduce((sum, script) => sum + script.outerHTML.length, 0),
		'main, equivalents included': root.querySelector('main')?.outerHTML.length ?? 0,
	};
}

/** Raw and gzipped sizes of code pages, over an evenly spaced sample of at most 1,000 of them. */
function codePagesOf(dist: string, paths: readonly string[]): CodePages {
	const step = Math.max(1, Math.ceil(paths.length / 1000));
	const sample = paths.filter((_path, i) => i % step === 0);
	const sizes = sample.map((path) => {
		const body = readFileSync(join(dist, path, 'index.html'));
		return { path, raw: body.length, gzip: gzipped(body) };
	});
	const byRaw = [...sizes].sort((a, b) => a.raw - b.raw);
	const medianPage = byRaw[Math.floor(byRaw.length / 2)]!.path;
	return {
		count: paths.length,
		sampled: sample.length,
		medianRaw: median(sizes.map((size) => size.raw)),
		medianGzip: median(sizes.map((size) => size.gzip)),
		medianPage,
		parts: partsOf(readFileSync(join(dist, medianPage, 'index.html'), 'utf8')),
	};
}

// ---------------------------------------------------------------------------------------------
// In Chromium

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
				const response = await request.response();
				const body = response && response.status() < 300 ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
				transfers.push({ url: request.url().slice(origin.length), type: request.resourceType(), raw: body.length, gzip: gzipped(body) });
			})(),
		);
	});
	return { transfers, settled: async () => void (await Promise.all(pending)) };
}

interface FirstLoad {
	page: string;
	requests: number;
	raw: number;
	gzip: number;
	/** Gzipped bytes by resource type (document, stylesheet, script, …). */
	byType: Record<string, number>;
}

/** Loads a code page in a fresh context and sums what it fetched until the network is idle (plus 2 s for idle-time prefetch). */
async function firstLoad(browser: Browser, origin: string, path: string): Promise<FirstLoad> {
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

interface SearchTiming {
	firstMs: number;
	firstResults: number;
	warmMs: number;
	firstFetchRaw: number;
	firstFetchGzip: number;
	firstFetchRequests: number;
}

const firstQuery = 'timeout';
const warmQueries = ['session', 'invalid frame', 'handshake', 'permission denied', 'checksum mismatch', 'buffer overflow'];

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

async function searchTiming(browser: Browser, origin: string, path: string): Promise<SearchTiming> {
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

// ---------------------------------------------------------------------------------------------
// Lighthouse

interface LighthouseScores {
	path: string;
	scores?: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
	error?: string;
}

const lighthouseChromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';

/** Runs Lighthouse's CLI (desktop preset) on one page; it launches /usr/bin/chromium through chrome-launcher. */
function lighthouse(url: string, outFile: string): Promise<{ ok: true; scores: NonNullable<LighthouseScores['scores']> } | { ok: false; error: string }> {
	return new Promise((resolve) => {
		const child = spawn(
			process.execPath,
			[lighthouseBin, url, '--preset=desktop', `--chrome-flags=${lighthouseChromeFlags}`, '--output=json', `--output-path=${outFile}`, '--quiet', '--only-categories=performance,accessibility,best-practices,seo'],
			{ cwd: projectRoot, env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ['ignore', 'ignore', 'pipe'] },
		);
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
		const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
		child.on('close', (code) => {
			clearTimeout(timer);
			if (code !== 0 || !existsSync(outFile)) return resolve({ ok: false, error: (stderr.trim().split('\n').at(-1) ?? '') || `exit ${code}` });
			const report = JSON.parse(readFileSync(outFile, 'utf8')) as { categories: Record<string, { score: number | null }>; runtimeError?: { message: string } };
			if (report.runtimeError) return resolve({ ok: false, error: report.runtimeError.message });
			const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
			resolve({ ok: true, scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') } });
		});
	});
}

async function lighthouseAll(dist: string): Promise<{ results: LighthouseScores[]; note?: string }> {
	if (!existsSync(lighthouseBin)) return { results: [], note: 'lighthouse is not installed (npm install -D lighthouse)' };
	if (!existsSync(chromiumPath)) return { results: [], note: `no Chromium at ${chromiumPath}` };
	const server = await serveStatic(dist);
	const results: LighthouseScores[] = [];
	try {
		for (const path of ['/', '/stt/', '/stt/0x0101/', '/compare/', '/lookup/']) {
			const outcome = await lighthouse(server.url + path, join(work, `lighthouse-${path.replace(/\W+/g, '_')}.json`));
			results.push(outcome.ok ? { path, scores: outcome.scores } : { path, error: outcome.error });
			log(`  lighthouse ${path}: ${outcome.ok ? Object.entries(outcome.scores).map(([k, v]) => `${k} ${v}`).join(', ') : `could not run: ${outcome.error}`}`);
		}
	} finally {
		await server.close();
	}
	return { results };
}

// ---------------------------------------------------------------------------------------------
// One catalogue, start to end

interface Measured {
	label: string;
	codes: number;
	protocols: number;
	/** The run with the median wall time. */
	build: BuildRun;
	/** Every run, in order. */
	builds: BuildRun[];
	dist: Tree;
	pagefind: Tree;
	/** The JSON API (`/api/`): one file per code and per protocol, and the catalogue. */
	api: Tree;
	codePages: CodePages;
	load: FirstLoad;
	search: SearchTiming;
	lookup: LookupTiming;
	/** A rebuild into the same folders after a one-entry edit, when asked for. */
	rebuild?: BuildRun;
}

function checkContent(root: string): void {
	const { problems } = loadCatalogue(root, projectRoot);
	if (problems.length > 0) throw new Error(formatProblems(problems.slice(0, 20)));
}

/** Builds `runs` times, each from an empty output folder and cache; the last run's output stays. */
async function coldBuilds(label: string, options: Parameters<typeof astroBuild>[1]): Promise<BuildRun[]> {
	const builds: BuildRun[] = [];
	for (let run = 1; run <= runs; run += 1) {
		rmSync(options.outDir, { recursive: true, force: true });
		rmSync(options.cacheDir, { recursive: true, force: true });
		log(`\n== ${label}: building (run ${run} of ${runs})…`);
		const build = await astroBuild(`${label}-${run}`, options);
		log(`   ${seconds(build.wallMs)} wall, ${build.cpuMs === undefined ? 'CPU unknown' : `${seconds(build.cpuMs)} CPU`} (${phaseLine(build)})`);
		builds.push(build);
	}
	return builds;
}

/**
 * Edits one entry's body and builds again into the same output folder with the same cache, as a
 * writer does after changing one code: Astro empties the output folder, the content layer reuses
 * what did not change, and with the incremental build on, unchanged code pages are copied back.
 */
async function rebuildAfterEdit(label: string, root: string, options: Parameters<typeof astroBuild>[1]): Promise<BuildRun> {
	const first = codePaths(root)[0]!.split('/').filter(Boolean);
	const file = join(root, 'errors', first[0]!, `${first[1]}.md`);
	appendFileSync(file, '\nEdited for the incremental build benchmark.\n');
	log(`\n== ${label}: rebuilding after editing ${relative(root, file)}…`);
	const build = await astroBuild(`${label}-rebuild`, options);
	log(`   ${seconds(build.wallMs)} wall, ${thousands(build.reused)} pages copied (${phaseLine(build)})`);
	return build;
}

/** The run with the median wall time. */
const medianRun = (builds: readonly BuildRun[]): BuildRun => [...builds].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(builds.length / 2)]!;

/**
 * Builds one catalogue `runs` times from a cold cache and measures it; the timings are the median
 * run's, and the output measured is the last run's. `withDist` runs on that folder before it is removed.
 */
async function measure(label: string, contentRoot: string | undefined, options: { rebuild?: boolean; withDist?: (dist: string) => Promise<void> } = {}): Promise<Measured> {
	const outDir = join(work, `dist-${label}`);
	const cacheDir = join(work, `cache-${label}`);
	const root = contentRoot ?? join(projectRoot, 'content');
	const builds = await coldBuilds(label, { ...(contentRoot ? { contentRoot } : {}), outDir, cacheDir });
	const build = medianRun(builds);
	const paths = codePaths(root);
	const dist = treeOf(outDir);
	const pagefind = treeOf(join(outDir, 'pagefind'));
	const api = treeOf(join(outDir, 'api'));
	const codePages = codePagesOf(outDir, paths);
	const browser = await launchChromium();
	const server = await serveStatic(outDir);
	let load: FirstLoad;
	let search: SearchTiming;
	let lookup: LookupTiming;
	try {
		load = await firstLoad(browser, server.url, codePages.medianPage);
		search = await searchTiming(browser, server.url, codePages.medianPage);
		lookup = await lookupTiming(browser, server.url, outDir);
	} finally {
		await server.close();
		await browser.close();
	}
	const measured: Measured = { label, codes: paths.length, protocols: readdirSync(join(root, 'errors')).length, build, builds, dist, pagefind, api, codePages, load, search, lookup };
	report(measured);
	if (options.withDist) await options.withDist(outDir);
	if (options.rebuild) measured.rebuild = await rebuildAfterEdit(label, root, { ...(contentRoot ? { contentRoot } : {}), outDir, cacheDir });
	if (!keep) {
		rmSync(outDir, { recursive: true, force: true });
		rmSync(cacheDir, { recursive: true, force: true });
	}
	return measured;
}

const filesLine = (m: Measured) => {
	const html = m.build.pages;
	const other = m.dist.files - html - m.build.aliasPages - m.api.files - m.pagefind.files;
	return `pages ${thousands(html)}, alias pages ${thousands(m.build.aliasPages)}, API JSON ${thousands(m.api.files)}, Pagefind ${thousands(m.pagefind.files)}, other ${thousands(other)}`;
};
const partsLine = (pages: CodePages) => Object.entries(pages.parts).map(([part, bytes]) => `${part} ${kb(bytes)}`).join(', ');
const routeLine = (build: BuildRun) => build.routes.map((r) => `${r.kind} ${seconds(r.ms)} (${thousands(r.pages)}, ${(r.ms / r.pages).toFixed(1)} ms each)`).join(', ');
const phaseLine = (build: BuildRun) => build.phases.filter((p) => p.phase !== 'exit').map((p) => `${p.phase} ${seconds(p.ms)}`).join(', ');

function report(m: Measured): void {
	const b = m.build;
	log(`   codes: ${thousands(m.codes)}; pages built: ${thousands(b.pages)} (+ ${thousands(b.aliasPages)} alias pages)`);
	log(`   build: ${seconds(b.wallMs)} wall (median of ${m.builds.map((run) => seconds(run.wallMs)).join(', ')}), ${(b.wallMs / b.pages).toFixed(1)} ms per page, peak memory ${b.peakRssKb === undefined ? 'unknown' : mb(b.peakRssKb * 1024)} (${b.peakHow}); 5-minute load average ${b.loadAfter}`);
	log(`   phases: ${phaseLine(b)}`);
	log(`   rendering by route: ${routeLine(b)}; slowest: ${b.slowest.map((p) => `${p.path} ${seconds(p.ms)}`).join(', ')}`);
	log(`   dist: ${mb(m.dist.bytes)} in ${thousands(m.dist.files)} files (${filesLine(m)}); pagefind: ${mb(m.pagefind.bytes)} in ${thousands(m.pagefind.files)} files`);
	log(`   code page HTML (median of ${m.codePages.sampled}): ${kb(m.codePages.medianRaw)} raw, ${kb(m.codePages.medianGzip)} gzipped; in ${m.codePages.medianPage}: ${partsLine(m.codePages)}`);
	log(`   first load of ${m.load.page}: ${kb(m.load.gzip)} gzipped (${kb(m.load.raw)} raw) in ${m.load.requests} requests; ${Object.entries(m.load.byType).map(([type, bytes]) => `${type} ${kb(bytes)}`).join(', ')}`);
	log(`   lookup: index ${kb(m.lookup.indexRaw)} (${kb(m.lookup.indexGzip)} gzipped); first answer ${m.lookup.codeFirstMs.toFixed(0)} ms for a code, ${m.lookup.lineFirstMs.toFixed(0)} ms for a printed line; a 1 MB paste blocks the main thread ${m.lookup.pasteLongTasksMs.toFixed(0)} ms in long tasks`);
	log(`   search: first query ${m.search.firstMs.toFixed(0)} ms (${m.search.firstResults} results), warm ${m.search.warmMs.toFixed(0)} ms median; first search fetched ${kb(m.search.firstFetchRaw)} (${kb(m.search.firstFetchGzip)} gzipped) in ${m.search.firstFetchRequests} requests`);
}

// ---------------------------------------------------------------------------------------------
// Targets and BENCHMARKS.md

interface Verdict {
	target: string;
	measured: string;
	pass: boolean;
	by: string;
}

function verdict(target: string, value: number, limit: number, show: (n: number) => string): Verdict {
	const pass = value <= limit;
	const by = pass ? `${show(limit - value)} under` : `${show(value - limit)} over (${((value / limit - 1) * 100).toFixed(0)}%)`;
	return { target: `${target} ≤ ${show(limit)}`, measured: show(value), pass, by };
}

/** The 1-minute load average: other work on the machine slows every timing here. */
const load = () => loadavg()[0]!.toFixed(2);
const loadAtStart = load();

function machine(): string {
	const model = /model name\s*:\s*(.+)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? cpus()[0]?.model ?? 'unknown';
	return `${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB memory, ${model.trim()}, Node ${process.version}`;
}

interface IncrementalCost {
	label: string;
	withMs: number;
	withoutMs: number;
	/** The rebuild after a one-entry edit, with ATLAS_INCREMENTAL=on: the copies of the last build. */
	rebuild: BuildRun;
	/** The same rebuild as configured (no copies). */
	rebuildWithout: BuildRun | undefined;
	/** Extra render time per code page when the build keeps copies for the next one. */
	perPage: number;
}

function markdownReport(
	results: Measured[],
	verdicts: Verdict[],
	lighthouseResult: { results: LighthouseScores[]; note?: string },
	summary: string,
	incrementalCost: IncrementalCost,
): string {
	const lines: string[] = [];
	const row = (cells: readonly string[]) => lines.push(`| ${cells.join(' | ')} |`);
	lines.push('# Benchmarks (generated by scripts/bench/run.ts: run `npm run bench` to refresh; do not edit by hand)', '');
	lines.push(`- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`);
	lines.push(`- Machine: ${machine()}; 1-minute load average ${loadAtStart} at the start, ${load()} at the end (anything above 0 is other work competing for the ${cpus().length} cores)`);
	lines.push(`- Synthetic catalogues: scripts/bench/generate-catalogue.ts (seed 1), ${results.slice(1).map((r) => `${thousands(r.codes)} codes over ${r.protocols} protocols`).join(' and ')}, with the real concepts`);
	lines.push(`- Peak memory: ${results[0]?.build.peakHow ?? ''}. Gzip sizes: gzip level 6 of each body (the local server sends them uncompressed).`);
	lines.push('', `**${summary}**`, '', '## Builds', '');
	const head = ['', ...results.map((r) => r.label)];
	row(head);
	row(head.map(() => '---'));
	const metric = (name: string, value: (m: Measured) => string) => row([name, ...results.map(value)]);
	metric('codes', (m) => thousands(m.codes));
	metric('pages built by Astro', (m) => thousands(m.build.pages));
	metric('alias redirect pages', (m) => thousands(m.build.aliasPages));
	metric(`build wall time, median of ${runs}`, (m) => seconds(m.build.wallMs));
	metric('└ every run', (m) => m.builds.map((b) => seconds(b.wallMs)).join(', '));
	metric('CPU time (user + system, Pagefind included)', (m) => (m.build.cpuMs === undefined ? 'unknown' : seconds(m.build.cpuMs)));
	metric('written to disk', (m) => (m.build.writtenBytes === undefined ? 'unknown' : mb(m.build.writtenBytes)));
	metric('ms per page', (m) => (m.build.wallMs / m.build.pages).toFixed(1));
	metric('5-minute load average after the build', (m) => m.build.loadAfter);
	metric('peak memory', (m) => (m.build.peakRssKb === undefined ? 'unknown' : mb(m.build.peakRssKb * 1024)));
	for (const { phase } of phaseMarkers.filter((p) => p.phase !== 'exit')) metric(`└ ${phase}`, (m) => seconds(m.build.phases.find((p) => p.phase === phase)?.ms ?? 0));
	metric('dist size', (m) => mb(m.dist.bytes));
	metric('dist files', (m) => thousands(m.dist.files));
	metric('└ by kind', (m) => filesLine(m));
	metric('dist files with ATLAS_ALIAS_PAGES=off', (m) => thousands(m.dist.files - m.build.aliasPages));
	metric('pagefind index size', (m) => mb(m.pagefind.bytes));
	metric('pagefind files', (m) => thousands(m.pagefind.files));
	metric('code page HTML, median raw', (m) => kb(m.codePages.medianRaw));
	metric('code page HTML, median gzipped', (m) => kb(m.codePages.medianGzip));
	metric('└ parts of the median page (raw)', (m) => partsLine(m.codePages));
	metric('first load of a code page, gzipped', (m) => `${kb(m.load.gzip)} (${m.load.requests} requests)`);
	metric('└ by type (gzipped)', (m) => Object.entries(m.load.byType).map(([type, bytes]) => `${type} ${kb(bytes)}`).join(', '));
	metric('search: first query', (m) => `${m.search.firstMs.toFixed(0)} ms`);
	metric('search: warm query (median)', (m) => `${m.search.warmMs.toFixed(0)} ms`);
	metric('bytes fetched by the first search', (m) => `${kb(m.search.firstFetchRaw)} (${kb(m.search.firstFetchGzip)} gzipped, ${m.search.firstFetchRequests} requests)`);
	metric('lookup index', (m) => `${kb(m.lookup.indexRaw)} (${kb(m.lookup.indexGzip)} gzipped)`);
	metric('lookup: first answer, code-shaped query', (m) => `${m.lookup.codeFirstMs.toFixed(0)} ms`);
	metric('lookup: first answer, a printed line', (m) => `${m.lookup.lineFirstMs.toFixed(0)} ms`);
	metric('lookup: main-thread long tasks for a 1 MB paste', (m) => `${m.lookup.pasteLongTasksMs.toFixed(0)} ms`);
	lines.push('', `The lookup's first answers are timed from submitting the form on a fresh /lookup/ page (fetching the index and starting the worker included): a code-shaped query such as "${results[0]?.lookup.codeQuery ?? ''}" and a line its implementation prints, values filled in. The 1 MB paste is dense code-like text after one real line.`);
	lines.push('', `The first-load page is the code page of median size; search runs Pagefind's JS API in that page: "${firstQuery}" first (loading pagefind.js, its WebAssembly and index chunks, and the top five results' data), then ${warmQueries.length} other queries warm.`);
	const { label, withMs, withoutMs, rebuild, rebuildWithout, perPage } = incrementalCost;
	lines.push(
		'',
		'## The incremental build',
		'',
		`Astro's incremental build (ATLAS_INCREMENTAL=on; off by default) keeps a copy of every code page in the cache and copies a page back instead of rendering it when nothing it shows has changed. At ${label} codes:`,
		'',
		'|  | as configured (no copies) | ATLAS_INCREMENTAL=on |',
		'| --- | --- | --- |',
		`| cold build, median of ${runs} | ${seconds(withoutMs)} | ${seconds(withMs)} |`,
		`| rebuild into the same folders after a one-entry edit | ${rebuildWithout ? seconds(rebuildWithout.wallMs) : '—'} | ${seconds(rebuild.wallMs)} (${thousands(rebuild.reused)} pages copied) |`,
		`| └ its phases | ${rebuildWithout ? phaseLine(rebuildWithout) : '—'} | ${phaseLine(rebuild)} |`,
		'',
		`Keeping the copies costs a cold build ${perPage.toFixed(1)} ms per code page. A rebuild first empties the output folder (Astro's emptyOutDir) whichever way it runs.`,
	);
	lines.push('', '## Render time by route', '', 'Summed from the `(+N ms)` Astro logs after each page (the route setup before the first page is the phase above).', '');
	row(head);
	row(head.map(() => '---'));
	const kinds = [...new Set(results.flatMap((m) => m.build.routes.map((r) => r.kind)))];
	for (const kind of kinds) {
		metric(kind, (m) => {
			const route = m.build.routes.find((r) => r.kind === kind);
			return route ? `${seconds(route.ms)} (${thousands(route.pages)} × ${(route.ms / route.pages).toFixed(1)} ms)` : '—';
		});
	}
	metric('slowest pages', (m) => m.build.slowest.map((p) => `${p.path} ${seconds(p.ms)}`).join(', '));
	lines.push('', '## Targets', '', '| target | measured | result |', '| --- | --- | --- |');
	for (const v of verdicts) row([v.target, v.measured, `${v.pass ? 'PASS' : 'MISS'}, ${v.by}`]);
	lines.push('', '## Lighthouse (real build, desktop preset, Debian Chromium headless)', '');
	if (lighthouseResult.note) lines.push(lighthouseResult.note);
	else {
		lines.push('| page | performance | accessibility | best practices | SEO |', '| --- | --- | --- | --- | --- |');
		for (const r of lighthouseResult.results) {
			if (r.scores) row([r.path, String(r.scores.performance), String(r.scores.accessibility), String(r.scores['best-practices']), String(r.scores.seo)]);
			else row([r.path, `could not run: ${r.error ?? 'unknown'}`, '', '', '']);
		}
	}
	return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
	if (!process.version.startsWith('v22.')) log(`warning: running on Node ${process.version}; the project pins Node 22 (run through npm run bench)`);
	log(`Benchmark work folder: ${work}`);
	log(`Machine: ${machine()}; load average ${loadAtStart}`);
	const small = join(work, `content-${smallCodes}`);
	const large = join(work, `content-${largeCodes}`);
	for (const [folder, codes] of [[small, smallCodes], [large, largeCodes]] as const) {
		const started = performance.now();
		generateCatalogue(folder, { codes, seed: 1 });
		checkContent(folder);
		log(`Generated and checked ${thousands(codes)} codes in ${seconds(performance.now() - started)}`);
	}

	const labelOf = (codes: number) => (codes % 1000 === 0 ? `${codes / 1000}k` : String(codes));
	let lighthouseResult: { results: LighthouseScores[]; note?: string } = { results: [], note: 'skipped (--skip-lighthouse)' };
	const runLighthouse = async (dist: string) => {
		log('   Lighthouse (desktop preset):');
		try {
			lighthouseResult = await lighthouseAll(dist);
		} catch (error) {
			lighthouseResult = { results: [], note: `Lighthouse could not run: ${(error as Error).message}` };
			log(`  ${lighthouseResult.note}`);
		}
	};
	const results: Measured[] = [];
	results.push(await measure('real', undefined, skipLighthouse ? {} : { withDist: runLighthouse }));
	results.push(await measure(labelOf(smallCodes), small));
	results.push(await measure(labelOf(largeCodes), large, { rebuild: true }));
	const [real, one, ten] = results as [Measured, Measured, Measured];
	// Astro's incremental build (ATLAS_INCREMENTAL=on) weighed at the large size: what keeping its
	// copies costs a cold build, and what the same one-entry rebuild takes with them.
	const withCopies = { contentRoot: large, outDir: join(work, 'dist-incremental'), cacheDir: join(work, 'cache-incremental'), env: { ATLAS_INCREMENTAL: 'on' } };
	const withCache = medianRun(await coldBuilds(`${ten.label} with ATLAS_INCREMENTAL=on`, withCopies));
	log(`   median: ${seconds(withCache.wallMs)} wall; ${routeLine(withCache)}`);
	const rebuildWithCopies = await rebuildAfterEdit(`${ten.label} with ATLAS_INCREMENTAL=on`, large, withCopies);
	if (!keep) for (const folder of ['dist-incremental', 'cache-incremental']) rmSync(join(work, folder), { recursive: true, force: true });

	const buildRatio = ten.build.wallMs / one.build.wallMs;
	const htmlRatio = ten.codePages.medianRaw / real.codePages.medianRaw;
	const ratio = (n: number) => `${n.toFixed(2)}×`;
	const verdicts = [
		verdict(`${ten.label} codes build time`, ten.build.wallMs / 1000, 90, (n) => `${n.toFixed(1)} s`),
		verdict(`build time ${ten.label}/${one.label}`, buildRatio, 10.5, ratio),
		verdict(`code-page HTML ${ten.label}/real (median, raw)`, htmlRatio, 1.1, ratio),
		verdict('first load of a real code page, gzipped', real.load.gzip / 1024, 45, (n) => `${n.toFixed(1)} KB`),
		verdict(`first load of a ${ten.label} code page, gzipped`, ten.load.gzip / 1024, 45, (n) => `${n.toFixed(1)} KB`),
		verdict('1 MB paste: main-thread long tasks (real)', real.lookup.pasteLongTasksMs, 50, (n) => `${n.toFixed(0)} ms`),
		verdict(`1 MB paste: main-thread long tasks (${ten.label})`, ten.lookup.pasteLongTasksMs, 50, (n) => `${n.toFixed(0)} ms`),
		verdict(`file count at ${ten.label} (aim)`, ten.dist.files, 20_000, (n) => thousands(Math.round(n))),
		verdict(`file count at ${ten.label} with ATLAS_ALIAS_PAGES=off (aim)`, ten.dist.files - ten.build.aliasPages, 20_000, (n) => thousands(Math.round(n))),
	];
	log('\n== Targets');
	for (const v of verdicts) log(`   ${v.pass ? 'PASS' : 'MISS'}  ${v.target}: ${v.measured} (${v.by})`);

	const summary = `SUMMARY build ${ten.label}/${one.label} = ${ratio(buildRatio)} (${buildRatio <= 10.5 ? 'PASS' : 'MISS'} ≤ 10.5) · code-page HTML ${ten.label}/real = ${ratio(htmlRatio)} (${htmlRatio <= 1.1 ? 'PASS' : 'MISS'} ≤ 1.1) · ${ten.label} build ${seconds(ten.build.wallMs)} · first load ${kb(ten.load.gzip)} · ${ten.label} files ${thousands(ten.dist.files)} · lookup index ${ten.label} ${kb(ten.lookup.indexGzip)} gzipped, first answer ${ten.lookup.codeFirstMs.toFixed(0)} ms · 1 MB paste ${ten.lookup.pasteLongTasksMs.toFixed(0)} ms of long tasks`;
	const codeMs = (build: BuildRun) => build.routes.find((route) => route.kind === 'code pages');
	const incrementalCost = {
		label: ten.label,
		withMs: withCache.wallMs,
		withoutMs: ten.build.wallMs,
		rebuild: rebuildWithCopies,
		rebuildWithout: ten.rebuild,
		perPage: ((codeMs(withCache)?.ms ?? 0) - (codeMs(ten.build)?.ms ?? 0)) / Math.max(1, codeMs(withCache)?.pages ?? 1),
	};
	writeFileSync(join(projectRoot, 'BENCHMARKS.md'), markdownReport(results, verdicts, lighthouseResult, summary, incrementalCost));
	log(`\nWrote BENCHMARKS.md${keep ? `; kept ${work}` : ''}`);
	if (!keep) rmSync(work, { recursive: true, force: true });
	log(summary);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.stack ?? error.message : error);
	console.error(`The work folder is kept for inspection: ${work}`);
	process.exitCode = 1;
});
