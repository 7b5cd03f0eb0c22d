/**
 * Renders the site's pages in worker threads, one per core. Astro renders one page at a time on its
 * own thread; at 10,000 codes that was over half the build, with the second core idle. This
 * integration hands Astro a prerenderer (`setPrerenderer`) that starts workers (render-worker.mjs) on
 * the same prerender bundle Astro renders from. The code pages and the pair pages, nearly all of the
 * pages, the workers render and write to disk themselves, and Astro never sees them (`ownRoutes`; the
 * sitemap gets them from WrittenPages). The others they render at most 64 pages ahead of Astro in
 * Astro's own order, and Astro still asks for each in turn, writes it and logs it as before; its
 * `(+N ms)` is the time it waited for a page and wrote it. The render time of each page is summed by
 * route in one line of the log after the last page.
 *
 * A page is the same whichever thread renders it (one bundle, one manifest): a page is only taken
 * from a worker when Astro asks for exactly the URL the worker rendered, and
 * test/build/incremental.test.ts compares a build rendered this way, page by page, with builds
 * Astro rendered alone. Off for the incremental build (ATLAS_INCREMENTAL=on), whose cache needs what
 * Astro records while it renders each page itself, and with ATLAS_RENDER_WORKERS=0. UPGRADING.md says
 * what to check on an Astro upgrade.
 */
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer, RouteData } from 'astro';
import { codeRouteComponent } from '../lib/pages/code-stamp';
import { pairRouteComponent, type PairCatalogue } from '../lib/pages/pair-stamp';
import { nodeStripsTypes } from './catalogue-files';

/**
 * How many render workers, from ATLAS_RENDER_WORKERS: 0 lets Astro render alone. Unset, one per core
 * up to four: at 10,000 codes on two cores, two workers rendered in 60 s what Astro alone did in
 * 104 s, and a third made it 70 s; each worker holds its own copy of the catalogue.
 */
export function renderWorkersFromEnv(value: string | undefined, cores = availableParallelism()): number {
	if (value === undefined || value === '') return Math.max(1, Math.min(cores, 4));
	if (!/^\d+$/.test(value)) throw new Error(`ATLAS_RENDER_WORKERS must be a whole number (0 to render on Astro's own thread), not "${value}"`);
	return Number(value);
}

/** A page's address as a key: the same for the path Astro lists and the URL it renders it at. */
export function pageKey(pathname: string): string {
	return decodeURI(pathname).replace(/(\/index)?\.html$/, '').replace(/\/+$/, '') || '/';
}

/**
 * The URL Astro renders a page at (its getUrlForPath, for the `directory` build format and no base):
 * a page's path with a closing slash, an endpoint's as it is.
 */
export function requestUrl(pathname: string, route: Pick<RouteData, 'type'>, origin: string): string {
	const path = route.type === 'endpoint' ? pathname : `${pathname.replace(/\/+$/, '')}/`;
	return new URL(path, origin).href;
}

/** Render time summed by route, for the log line after the last page. */
export class RenderTimes {
	readonly byRoute = new Map<string, { pages: number; ms: number }>();
	slowest: { path: string; ms: number }[] = [];

	add(route: string, path: string, ms: number) {
		const sum = this.byRoute.get(route) ?? { pages: 0, ms: 0 };
		sum.pages += 1;
		sum.ms += ms;
		this.byRoute.set(route, sum);
		if (this.slowest.length < 3 || ms > this.slowest.at(-1)!.ms) this.slowest = [...this.slowest, { path, ms }].sort((a, b) => b.ms - a.ms).slice(0, 3);
	}

	/** The line the build logs after the last page; renderTimesFromLog() reads it back. */
	line(): string {
		const routes = [...this.byRoute].map(([route, { pages, ms }]) => ({ route, pages, ms: Math.round(ms) })).sort((a, b) => b.ms - a.ms);
		return `${renderTimesLabel} ${JSON.stringify({ routes, slowest: this.slowest.map(({ path, ms }) => ({ path, ms: Math.round(ms) })) })}`;
	}
}

const renderTimesLabel = 'render time by route:';

export interface LoggedRenderTimes {
	routes: { route: string; pages: number; ms: number }[];
	slowest: { path: string; ms: number }[];
}

/** The render times a build logged (RenderTimes.line()), or undefined when no workers rendered its pages. */
export function renderTimesFromLog(log: string): LoggedRenderTimes | undefined {
	const line = log.split('\n').findLast((text) => text.includes(renderTimesLabel));
	return line === undefined ? undefined : (JSON.parse(line.slice(line.indexOf(renderTimesLabel) + renderTimesLabel.length)) as LoggedRenderTimes);
}

/**
 * Node's own import(): this file runs in Vite's module runner while Astro loads the config, and the
 * runner is closed by the time pages render. The prerender bundle is plain JavaScript for Node.
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/**
 * Astro's prerender bundle for this build: written beside the output, or under .astro/ when the output
 * is outside the project. A failed build can leave an older one there; this build's is the newest.
 */
function prerenderEntry(outDir: URL): URL | undefined {
	const dirs = [new URL('./.prerender/', outDir), new URL('./.astro/.prerender/', pathToFileURL(`${process.cwd()}/`))];
	const found = dirs.flatMap((dir) => {
		try {
			return readdirSync(dir)
				.filter((name) => name.startsWith('prerender-entry') && name.endsWith('.mjs'))
				.map((name) => ({ url: new URL(name, dir), at: statSync(new URL(name, dir)).mtimeMs }));
		} catch {
			return [];
		}
	});
	return found.sort((a, b) => b.at - a.at)[0]?.url;
}

/** What Astro's build app holds that a worker needs too: parts of its build internals and options. */
interface BuildApp {
	setInternals(internals: unknown): void;
	getOptions(): {
		origin: string;
		settings: { scripts: { stage: string; content: string }[] };
		logger: { options: { destination: { write(event: unknown): void } } };
	};
}
interface BuildInternals {
	pagesByKeys: Map<string, { styles: unknown[] }>;
	entrySpecifierToBundleMap: Map<string, string>;
}

interface Rendered {
	status: number;
	headers: [string, string][];
	body: ArrayBuffer | null;
	ms: number;
	/** Put together from its route's frame (a pair page or a code page). */
	framed?: boolean;
	/** The page's inline scripts that this worker had not sent before; absent when it did not read them. */
	scripts?: string[];
}

interface Slot {
	/** Its place in Astro's order; the pages the workers write come after Astro's. */
	index: number;
	pathname: string;
	route: RouteData;
	/** The file a worker writes the page to, for the pages Astro is not handed (ownRoutes). */
	file?: string | undefined;
	/** Who renders it: unset until a worker is sent it, or Astro renders it itself. */
	taker?: 'astro' | 'worker' | undefined;
	/** The URL the worker was asked to render; Astro's own request must be the same. */
	url?: string;
	answer?: Promise<Rendered> | undefined;
}

/**
 * The inline scripts of the pages the workers rendered, read as they rendered them, and which pages
 * those are (by pageKey()): src/integrations/security-headers.ts reads only the other pages' files.
 */
export class ScriptsRead {
	readonly scripts = new Set<string>();
	readonly pages = new Set<string>();
}

/** What the workers need to put pair pages together from a frame (src/lib/pages/pair-stamp.ts). */
export interface PairFraming {
	site: string;
	catalogue: PairCatalogue;
}

interface Helper {
	worker: Worker;
	inFlight: number;
}

/** Pages each worker has queued: one rendering, one waiting, so that it never waits for the next. */
const queueDepth = 2;

/**
 * How far ahead of the page Astro is writing the workers may render. Without a bound they rendered
 * every page long before Astro asked for it, and the answers waiting in memory (half a gigabyte at
 * 10,000 codes) made Astro's thread, which writes every page, collect garbage over a larger heap.
 */
const lookahead = 64;

interface WorkerOptions {
	pairs?: PairFraming | undefined;
	/** Code pages put together from their frame (src/lib/pages/code-stamp.ts). */
	codeFrames?: boolean | undefined;
	scriptsRead?: ScriptsRead | undefined;
	written?: WrittenPages | undefined;
	searchablePagesWritten?: ((outDir: URL) => void) | undefined;
}

/**
 * The routes whose pages the workers write to the output folder themselves, never handed to Astro:
 * the code pages and the pair pages, 19,448 of the 19,494 pages at 10,000 codes. Astro's thread
 * took about 1.5 ms to take each page from a worker and write it, and that thread was the one the
 * build waited on. Nothing of Astro's needs them beyond the sitemap, which gets them from WrittenPages.
 */
const ownRoutes = new Set([codeRouteComponent, pairRouteComponent]);

/**
 * The addresses of the pages the workers wrote themselves, for the sitemap (`customPages` of
 * `@astrojs/sitemap`, which reads the list when the build is done).
 */
export class WrittenPages {
	readonly urls: string[] = [];
}

/** Settles once as many pages as it was started with are written, or at the first failure. */
class Countdown {
	#left = 0;
	readonly #done = Promise.withResolvers<void>();

	constructor() {
		this.#done.promise.catch(() => undefined);
	}

	get done(): Promise<void> {
		return this.#done.promise;
	}

	start(pages: number) {
		this.#left = pages;
		if (pages === 0) this.#done.resolve();
	}

	written() {
		this.#left -= 1;
		if (this.#left === 0) this.#done.resolve();
	}

	fail(error: Error) {
		this.#done.reject(error);
	}
}

/** The file Astro writes a page to, for the `directory` build format (its getOutFolder and getOutFile). */
export function pageFile(pathname: string, outDir: URL): string {
	return fileURLToPath(new URL(`.${encodeURI(pathname).replace(/\/?$/, '/')}index.html`, outDir));
}

/** The routes whose pages the workers put together from a frame, as the log names them. */
const framedRoutes = new Map([
	[pairRouteComponent, 'pair pages'],
	[codeRouteComponent, 'code pages'],
]);

function inWorkers(astro: AstroPrerenderer, outDir: URL, site: string, workers: number, logger: AstroIntegrationLogger, { pairs, codeFrames, scriptsRead, written, searchablePagesWritten }: WorkerOptions): AstroPrerenderer {
	const slots = new Map<string, Slot>();
	/** Astro's pages in its order, then the pages the workers write themselves. */
	let order: Slot[] = [];
	/** Where the pages the workers write begin in `order`. */
	let astroPages = 0;
	let next = 0;
	/** The place of the last page Astro asked for. */
	let asked = 0;
	const helpers: Helper[] = [];
	const pending = new Map<number, { helper: Helper; resolve(value: Rendered): void; reject(error: Error): void }>();
	let nextId = 0;
	let nextOwn = 0;
	/** Whether the workers read the inline scripts of the pages they render. */
	let readsScripts = false;
	let origin = '';
	let failure: Error | undefined;
	let mismatches = 0;
	/** By route component: how many of its pages the workers rendered, and how many of them from the frame. */
	const framed = new Map<string, { pages: number; of: number }>();
	const times = new RenderTimes();

	function send(slot: Slot, helper: Helper) {
		const id = nextId++;
		const url = requestUrl(slot.pathname, slot.route, origin);
		slot.taker = 'worker';
		slot.url = url;
		helper.inFlight += 1;
		slot.answer = new Promise<Rendered>((resolve, reject) => {
			// A worker that has stopped would never answer: the page fails with the worker's error instead.
			if (failure) return reject(failure);
			pending.set(id, { helper, resolve, reject });
			helper.worker.postMessage({ id, url, component: slot.route.component, route: slot.route.route, file: slot.file });
		});
		if (slot.file === undefined) {
			// Astro awaits it when it reaches the page, and reports a failure there, with the page's path.
			slot.answer.catch(() => undefined);
			return;
		}
		// A page the worker writes itself: Astro never asks for it, so its failure is reported here.
		const { pathname } = slot;
		slot.answer.then(
			(answer) => {
				record(slot, answer);
				written!.urls.push(new URL(pathname.replace(/\/?$/, '/'), site).href);
				ownWritten.written();
				if (slot.route.component === codeRouteComponent) codePagesWritten.written();
			},
			(error: Error) => {
				const failed = new Error(`Rendering ${pathname} failed: ${error.message}`, { cause: error });
				ownWritten.fail(failed);
				codePagesWritten.fail(failed);
			},
		);
		slot.answer = undefined;
	}

	/**
	 * The next page for a worker: Astro's in its order, at most `lookahead` ahead of the page it is
	 * writing, and meanwhile the pages the workers write themselves.
	 */
	function nextPage(): Slot | undefined {
		while (next < astroPages && order[next]!.taker) next += 1;
		if (next < astroPages && next <= asked + lookahead) return order[next];
		while (nextOwn < order.length && order[nextOwn]!.taker) nextOwn += 1;
		return order[nextOwn];
	}

	/** Fills each worker's queue with the next pages that nobody has taken. */
	function feed() {
		for (const helper of helpers) {
			while (!failure && helper.inFlight < queueDepth) {
				const slot = nextPage();
				if (!slot) return;
				send(slot, helper);
			}
		}
	}

	/** What the log and the other integrations learn of a page a worker rendered. */
	function record(slot: Slot, answer: Rendered) {
		times.add(slot.route.route, slot.pathname, answer.ms);
		if (framedRoutes.has(slot.route.component)) {
			const count = framed.get(slot.route.component) ?? { pages: 0, of: 0 };
			count.of += 1;
			if (answer.framed) count.pages += 1;
			framed.set(slot.route.component, count);
		}
		// Its scripts were kept as the worker answered (a worker sends each script once, maybe with a
		// page Astro then renders itself): the page's own file need not be read.
		if (scriptsRead && answer.scripts) scriptsRead.pages.add(pageKey(slot.pathname));
	}

	/** The pages the workers write themselves: how many, and when all are on disk. */
	let ownCount = 0;
	const ownWritten = new Countdown();
	/** The same for the code pages alone, which the workers write first: the search index reads them. */
	const codePagesWritten = new Countdown();

	return {
		name: 'atlas:render-workers',
		async setup() {
			// Astro's setup imports the bundle and hands its app the build internals; the same import here
			// returns the same module, so the app can be watched receiving them.
			const entry = prerenderEntry(outDir);
			let bundle: { app: BuildApp } | undefined;
			let internals: BuildInternals | undefined;
			if (entry) {
				bundle = (await nativeImport(entry.href)) as { app: BuildApp };
				const own = bundle.app.setInternals;
				bundle.app.setInternals = function (value: unknown) {
					internals = value as BuildInternals;
					return own.call(this, value);
				};
			}
			await astro.setup?.();
			if (bundle) delete (bundle.app as Partial<BuildApp>).setInternals;
			const app = (astro as AstroPrerenderer & { app?: BuildApp }).app;
			if (!bundle || !app || bundle.app !== app || !internals) {
				logger.warn(`Rendering on Astro's thread alone: Astro's prerender bundle is not where it was (${entry?.href ?? 'none found'}). UPGRADING.md, section 8.`);
				return;
			}
			const options = app.getOptions();
			origin = options.origin;
			const workerData = {
				entryUrl: entry!.href,
				pagesByKeys: [...internals.pagesByKeys].map(([key, page]) => [key, { styles: page.styles }]),
				entrySpecifierToBundleMap: [...internals.entrySpecifierToBundleMap],
				scripts: options.settings.scripts.map(({ stage, content }) => ({ stage, content })),
				// Where Node cannot run the site's TypeScript, Astro renders every pair and code page in the workers.
				pairs: pairs && nodeStripsTypes ? { component: pairRouteComponent, ...pairs } : undefined,
				codeFraming: Boolean(codeFrames) && nodeStripsTypes,
				// The same: where Node cannot, the pages' files are read back after the build.
				readScripts: Boolean(scriptsRead) && nodeStripsTypes,
			};
			readsScripts = workerData.readScripts;
			const stop = (error: Error) => {
				failure = error;
				ownWritten.fail(error);
				codePagesWritten.fail(error);
				for (const waiting of pending.values()) waiting.reject(error);
				pending.clear();
			};
			for (let n = 0; n < workers; n++) {
				const worker = new Worker(new URL('./render-worker.mjs', import.meta.url), {
					workerData,
					// Rendering makes many short-lived strings: with the default young generation, the 10,000-code
					// build rendered in 65 s instead of 60.
					resourceLimits: { maxYoungGenerationSizeMb: 192 },
				});
				// A worker never keeps a failed build's process alive.
				worker.unref();
				const helper: Helper = { worker, inFlight: 0 };
				helpers.push(helper);
				worker.on('message', (message: Rendered & { id: number; error?: { message: string; stack?: string }; log?: unknown }) => {
					if (message.log) return options.logger.options.destination.write(message.log);
					const waiting = pending.get(message.id);
					if (!waiting) return;
					pending.delete(message.id);
					helper.inFlight -= 1;
					if (message.error) {
						const error = new Error(message.error.message);
						if (message.error.stack) error.stack = message.error.stack;
						waiting.reject(error);
					} else {
						if (scriptsRead && message.scripts) for (const script of message.scripts) scriptsRead.scripts.add(script);
						waiting.resolve(message);
					}
					feed();
				});
				worker.on('error', stop);
				worker.on('exit', (code) => stop(new Error(`A render worker stopped (exit code ${code}).`)));
			}
		},
		async getStaticPaths() {
			const listed = await astro.getStaticPaths();
			// The code and pair pages go to the workers, which write them; Astro gets the others, in its order.
			// Only when the workers read the pages' inline scripts, if asked to: `_headers` never reads these pages back.
			const writeOwn = Boolean(written) && helpers.length > 0 && (!scriptsRead || readsScripts);
			const ownPage = ({ route }: (typeof listed)[number]) => writeOwn && route.type === 'page' && ownRoutes.has(route.component);
			const forAstro = listed.filter((path) => !ownPage(path));
			// The code pages first: the search index reads them, and can start while the pair pages are written.
			const own = listed.filter(ownPage);
			const ownInOrder = [...own.filter(({ route }) => route.component === codeRouteComponent), ...own.filter(({ route }) => route.component !== codeRouteComponent)];
			const paths = [...forAstro.map((path) => ({ ...path, own: false })), ...ownInOrder.map((path) => ({ ...path, own: true }))];
			for (const { pathname, route, own } of paths) {
				const key = pageKey(pathname);
				if (slots.has(key)) continue;
				// Pages and endpoints; redirects and fallbacks stay with Astro.
				const taker = route.type === 'page' || route.type === 'endpoint' ? undefined : 'astro';
				slots.set(key, { index: slots.size, pathname, route, file: own ? pageFile(pathname, outDir) : undefined, taker });
			}
			order = [...slots.values()];
			astroPages = order.findIndex((slot) => slot.file !== undefined);
			if (astroPages === -1) astroPages = order.length;
			nextOwn = astroPages;
			ownCount = order.length - astroPages;
			ownWritten.start(ownCount);
			codePagesWritten.start(order.filter((slot) => slot.file !== undefined && slot.route.component === codeRouteComponent).length);
			feed();
			return forAstro;
		},
		async render(request, options) {
			const slot = slots.get(pageKey(new URL(request.url).pathname));
			if (slot && slot.index > asked) {
				asked = slot.index;
				feed();
			}
			if (slot && !slot.taker && helpers.length > 0 && !options.collectMetadata) {
				send(slot, helpers.reduce((least, helper) => (helper.inFlight < least.inFlight ? helper : least)));
			}
			if (slot?.taker === 'worker' && slot.url === request.url && !options.collectMetadata) {
				const answer = await slot.answer!;
				slot.answer = undefined;
				record(slot, answer);
				return new Response(answer.body, { status: answer.status, headers: answer.headers });
			}
			if (slot?.taker === 'worker') mismatches += 1;
			return astro.render(request, options);
		},
		async teardown() {
			if (helpers.length > 0) {
				// Every page the workers write is on disk before the build goes on (the search index reads them).
				const writing = performance.now();
				// Astro has written its own pages: once the code pages are written too, every page the search
				// index reads is on disk.
				await codePagesWritten.done;
				searchablePagesWritten?.(outDir);
				await ownWritten.done;
				if (ownCount > 0) logger.info(`${ownCount} pages written by the render workers, ${((performance.now() - writing) / 1000).toFixed(1)} s after Astro's last page`);
				// Pages a worker rendered for another URL than Astro asked for: Astro rendered them again itself.
				if (mismatches > 0) logger.warn(`${mismatches} page(s) rendered twice: Astro asked for another URL than a worker had rendered.`);
				logger.info(times.line());
				for (const [component, { pages, of }] of framed) {
					logger.info(`${pages} of ${of} ${framedRoutes.get(component)} put together from their frame, the others rendered by Astro whole`);
				}
				await Promise.all(helpers.map(({ worker }) => worker.terminate()));
			}
			await astro.teardown?.();
		},
	};
}

export interface ParallelRenderOptions {
	/** The catalogue of the pair pages, for the workers to put them together from a frame. */
	pairs?: PairCatalogue;
	/** Code pages put together from their frame and a body pass (src/lib/pages/code-stamp.ts). */
	codeFrames?: boolean;
	/** Where the workers leave the inline scripts of the pages they render. */
	scriptsRead?: ScriptsRead;
	/** Where the workers list the code and pair pages they write themselves, for the sitemap; without it Astro writes them. */
	written?: WrittenPages;
	/**
	 * Called once Astro's pages and the code pages are written, while the workers may still be writing
	 * the pair pages: the search index, which never reads those, can start reading.
	 */
	searchablePagesWritten?: (outDir: URL) => void;
}

export function parallelRender(workers: number, options: ParallelRenderOptions = {}): AstroIntegration {
	let outDir: URL | undefined;
	let site: string | undefined;
	let incremental = false;
	let format = '';
	return {
		name: 'atlas:parallel-render',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = config.outDir;
				site = config.site;
				format = config.build.format;
				incremental = Boolean(config.experimental?.incrementalBuild);
			},
			'astro:build:start': ({ setPrerenderer, logger }) => {
				if (workers === 0 || incremental || !outDir) return;
				const dir = outDir;
				const origin = site ?? '';
				const pairs = options.pairs && site ? { site, catalogue: options.pairs } : undefined;
				// The workers write pages where Astro's `directory` format would, and list them for the sitemap.
				const written = format === 'directory' && site ? options.written : undefined;
				setPrerenderer((astro: AstroPrerenderer) => inWorkers(astro, dir, origin, workers, logger, { pairs, codeFrames: options.codeFrames, scriptsRead: options.scriptsRead, written, searchablePagesWritten: options.searchablePagesWritten }));
			},
		},
	};
}
