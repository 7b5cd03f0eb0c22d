/**
 * One catalogue, start to end: built `runs` times from a cold cache, then its output measured on
 * disk and in Chromium, and, when asked, rebuilt after a one-entry edit.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../lib/browser';
import { serveStatic } from '../lib/static-server';
import { firstLoad, searchTiming, type FirstLoad, type SearchTiming } from './browser';
import { astroBuild, medianRun, type BuildOptions, type BuildRun } from './build';
import { codePagesOf, codePaths, treeOf, type CodePages, type Tree } from './dist';
import { lookupTiming, type LookupTiming } from './lookup';
import { pageTypes, pageWeights, type PageWeight } from './page-weights';
import { seconds, thousands } from './numbers';
import type { BenchOptions } from './options';
import { log, phaseLine, report } from './report';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** What every measurement shares: the temp folder everything goes to, and the options that apply to all. */
export interface Bench extends Pick<BenchOptions, 'runs' | 'keep'> {
	work: string;
}

export interface Measured {
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
	/** Every page type's first load, gzipped, against the 100 KB budget. */
	pages: PageWeight[];
	/** A rebuild into the same folders after a one-entry edit, when asked for. */
	rebuild?: BuildRun;
}

let setAsideCount = 0;

/**
 * Moves a build's folders out of the way, into the bench's work folder, which is removed when the
 * bench ends. Deleted right before the next build instead, they cost that build's measurement about
 * 20 s of kernel time at 10,000 codes (GNU time's system time 43 s against 22 s in back-to-back builds
 * of the same code, and 22 s when the folders were moved aside): this disk frees the blocks of deleted
 * files (online discard) while the next build writes its own.
 */
export function setAside(work: string, ...folders: string[]): void {
	const aside = join(work, 'set-aside');
	for (const folder of folders) {
		if (!existsSync(folder)) continue;
		mkdirSync(aside, { recursive: true });
		try {
			renameSync(folder, join(aside, `${basename(folder)}-${(setAsideCount += 1)}`));
		} catch {
			// On another file system than the work folder: deleted after all.
			rmSync(folder, { recursive: true, force: true });
		}
	}
}

/** Builds `runs` times, each from an empty output folder and cache; the last run's output stays. */
export async function coldBuilds(bench: Bench, label: string, options: BuildOptions): Promise<BuildRun[]> {
	const { runs } = bench;
	const builds: BuildRun[] = [];
	for (let run = 1; run <= runs; run += 1) {
		setAside(bench.work, options.outDir, options.cacheDir);
		log(`\n== ${label}: building (run ${run} of ${runs})…`);
		const build = await astroBuild(bench.work, `${label}-${run}`, options);
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
export async function rebuildAfterEdit(bench: Bench, label: string, root: string, options: BuildOptions): Promise<BuildRun> {
	const first = codePaths(root)[0]!.split('/').filter(Boolean);
	const file = join(root, 'errors', first[0]!, `${first[1]}.md`);
	appendFileSync(file, '\nEdited for the incremental build benchmark.\n');
	log(`\n== ${label}: rebuilding after editing ${relative(root, file)}…`);
	const build = await astroBuild(bench.work, `${label}-rebuild`, options);
	log(`   ${seconds(build.wallMs)} wall, ${thousands(build.reused)} pages copied (${phaseLine(build)})`);
	return build;
}

/**
 * Builds one catalogue `runs` times from a cold cache and measures it; the timings are the median
 * run's, and the output measured is the last run's. `withDist` runs on that folder before it is removed.
 */
export async function measure(bench: Bench, label: string, contentRoot: string | undefined, options: { rebuild?: boolean; withDist?: (dist: string) => Promise<void> } = {}): Promise<Measured> {
	const { work, keep } = bench;
	const outDir = join(work, `dist-${label}`);
	const cacheDir = join(work, `cache-${label}`);
	const root = contentRoot ?? join(projectRoot, 'content');
	const builds = await coldBuilds(bench, label, { ...(contentRoot ? { contentRoot } : {}), outDir, cacheDir });
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
	let pages: PageWeight[];
	try {
		load = await firstLoad(browser, server.url, codePages.medianPage);
		pages = await pageWeights(browser, server.url, pageTypes(outDir, paths, codePages.medianPage));
		search = await searchTiming(browser, server.url, codePages.medianPage);
		lookup = await lookupTiming(browser, server.url, outDir);
	} finally {
		await server.close();
		await browser.close();
	}
	const measured: Measured = { label, codes: paths.length, protocols: readdirSync(join(root, 'errors')).length, build, builds, dist, pagefind, api, codePages, load, search, lookup, pages };
	report(measured);
	if (options.withDist) await options.withDist(outDir);
	if (options.rebuild) measured.rebuild = await rebuildAfterEdit(bench, label, root, { ...(contentRoot ? { contentRoot } : {}), outDir, cacheDir });
	if (!keep) setAside(bench.work, outDir, cacheDir);
	return measured;
}
