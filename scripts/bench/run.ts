/**
 * `npm run bench`: builds the real site and two synthetic catalogues (1,000 and 10,000 codes by
 * default), measures each build (time, memory, output, page weight, search in Chromium), a rebuild
 * of the large one after a one-entry edit with and without Astro's incremental build, Lighthouse on
 * the real build, and writes BENCHMARKS.md.
 *
 * Options (`--help` lists them): --codes 1000,10000 (the two synthetic sizes), --runs 3 (cold builds
 * of each catalogue; the median is reported, with the range), --skip-lighthouse, --keep (keep the
 * temp folder). Every build goes to a temp folder (`--outDir`, `ATLAS_CACHE_DIR`): nothing in dist/
 * is touched.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../../src/lib/corpus';
import { loadCatalogue } from '../../src/lib/read-content';
import { medianRun, type BuildRun } from './build';
import { generateCatalogue } from './generate-catalogue';
import { lighthouseAll, type LighthouseResult } from './lighthouse';
import { coldBuilds, measure, rebuildAfterEdit, setAside, type Bench, type Measured } from './measure';
import { seconds, thousands } from './numbers';
import { readBenchOptions } from './options';
import { load, log, machine, markdownReport, routeLine, type IncrementalCost } from './report';
import { summaryLine, targetVerdicts } from './targets';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const loadAtStart = load();
const options = readBenchOptions();
const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const bench: Bench = { work, runs: options.runs, keep: options.keep };

function checkContent(root: string): void {
	const { problems } = loadCatalogue(root, projectRoot);
	if (problems.length > 0) throw new Error(formatProblems(problems.slice(0, 20)));
}

/** Writes both synthetic catalogues into the work folder and checks them as the build would. */
function generateCatalogues(): { small: string; large: string } {
	const small = join(work, `content-${options.smallCodes}`);
	const large = join(work, `content-${options.largeCodes}`);
	for (const [folder, codes] of [[small, options.smallCodes], [large, options.largeCodes]] as const) {
		const started = performance.now();
		generateCatalogue(folder, { codes, seed: 1 });
		checkContent(folder);
		log(`Generated and checked ${thousands(codes)} codes in ${seconds(performance.now() - started)}`);
	}
	return { small, large };
}

const labelOf = (codes: number) => (codes % 1000 === 0 ? `${codes / 1000}k` : String(codes));

/** The real site, with Lighthouse on its output unless skipped, then the small and the large catalogue. */
async function measureAll(small: string, large: string): Promise<{ results: Measured[]; lighthouseResult: LighthouseResult }> {
	let lighthouseResult: LighthouseResult = { results: [], note: 'skipped (--skip-lighthouse)' };
	const runLighthouse = async (dist: string) => {
		log('   Lighthouse (desktop preset):');
		try {
			lighthouseResult = await lighthouseAll(dist, work);
		} catch (error) {
			lighthouseResult = { results: [], note: `Lighthouse could not run: ${(error as Error).message}` };
			log(`  ${lighthouseResult.note}`);
		}
	};
	const results: Measured[] = [];
	results.push(await measure(bench, 'real', undefined, options.skipLighthouse ? {} : { withDist: runLighthouse }));
	results.push(await measure(bench, labelOf(options.smallCodes), small));
	results.push(await measure(bench, labelOf(options.largeCodes), large, { rebuild: true }));
	return { results, lighthouseResult };
}

/**
 * Astro's incremental build (ATLAS_INCREMENTAL=on) weighed at the large size: what keeping its
 * copies costs a cold build, and what the same one-entry rebuild takes with them.
 */
async function incrementalCostAt(ten: Measured, large: string): Promise<IncrementalCost> {
	const withCopies = { contentRoot: large, outDir: join(work, 'dist-incremental'), cacheDir: join(work, 'cache-incremental'), env: { ATLAS_INCREMENTAL: 'on' } };
	const withCache = medianRun(await coldBuilds(bench, `${ten.label} with ATLAS_INCREMENTAL=on`, withCopies));
	log(`   median: ${seconds(withCache.wallMs)} wall; ${routeLine(withCache)}`);
	const rebuildWithCopies = await rebuildAfterEdit(bench, `${ten.label} with ATLAS_INCREMENTAL=on`, large, withCopies);
	if (!options.keep) setAside(work, join(work, 'dist-incremental'), join(work, 'cache-incremental'));
	const codeMs = (build: BuildRun) => build.routes.find((route) => route.kind === 'code pages');
	return {
		label: ten.label,
		withMs: withCache.wallMs,
		withoutMs: ten.build.wallMs,
		rebuild: rebuildWithCopies,
		rebuildWithout: ten.rebuild,
		// Comparable only when both builds rendered on Astro's thread: the render workers are off with ATLAS_INCREMENTAL=on.
		perPage: ten.build.renderedBy === 'astro' ? ((codeMs(withCache)?.ms ?? 0) - (codeMs(ten.build)?.ms ?? 0)) / Math.max(1, codeMs(withCache)?.pages ?? 1) : undefined,
	};
}

async function main(): Promise<void> {
	if (!process.version.startsWith('v22.')) log(`warning: running on Node ${process.version}; the project pins Node 22 (run through npm run bench)`);
	log(`Benchmark work folder: ${work}`);
	log(`Machine: ${machine()}; load average ${loadAtStart}`);
	const { small, large } = generateCatalogues();
	const { results, lighthouseResult } = await measureAll(small, large);
	const [real, one, ten] = results as [Measured, Measured, Measured];
	const incrementalCost = await incrementalCostAt(ten, large);

	const verdicts = targetVerdicts(real, one, ten);
	log('\n== Targets');
	for (const v of verdicts) log(`   ${v.pass ? 'PASS' : 'MISS'}  ${v.target}: ${v.measured} (${v.by})`);
	const summary = summaryLine(real, one, ten);
	const markdown = markdownReport({ runs: options.runs, loadAtStart }, results, verdicts, lighthouseResult, summary, incrementalCost);
	writeFileSync(join(projectRoot, 'BENCHMARKS.md'), markdown);
	log(`\nWrote BENCHMARKS.md${options.keep ? `; kept ${work}` : ''}`);
	if (!options.keep) rmSync(work, { recursive: true, force: true });
	log(summary);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.stack ?? error.message : error);
	console.error(`The work folder is kept for inspection: ${work}`);
	process.exitCode = 1;
});
