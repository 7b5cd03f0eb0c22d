/** What the bench prints as it goes, and BENCHMARKS.md with the targets at the end. */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { firstQuery, warmQueries } from './browser';
import { phaseMarkers, type BuildRun } from './build';
import type { CodePages } from './dist';
import type { LighthouseResult } from './lighthouse';
import { answerRuns, codeQuery, lookupTargets } from './lookup';
import type { LookupTiming } from './lookup';
import type { Measured } from './measure';
import { pageBudgetBytes } from './page-weights';
import { kb, mb, seconds, thousands } from './numbers';
import type { Verdict } from './targets';

export function log(line = ''): void {
	console.log(line);
}

export const filesLine = (m: Measured) => {
	const html = m.build.pages;
	const other = m.dist.files - html - m.build.aliasPages - m.api.files - m.pagefind.files;
	return `pages ${thousands(html)}, alias pages ${thousands(m.build.aliasPages)}, API JSON ${thousands(m.api.files)}, Pagefind ${thousands(m.pagefind.files)}, other ${thousands(other)}`;
};
export const partsLine = (pages: CodePages) => Object.entries(pages.parts).map(([part, bytes]) => `${part} ${kb(bytes)}`).join(', ');
export const routeLine = (build: BuildRun) => build.routes.map((r) => `${r.kind} ${seconds(r.ms)} (${thousands(r.pages)}, ${(r.ms / r.pages).toFixed(1)} ms each)`).join(', ');
export const lookupFetchLine = (l: LookupTiming) =>
	`an answer fetches ${kb(l.codeFetch.gzip)} gzipped for "${l.codeQuery}" (${l.codeFetch.requests} requests), at most ${kb(l.eachCode.largest.gzip)} for a code of one of ${l.eachCode.queries} protocols typed alone ("${l.eachCode.largest.query}"), ${kb(l.lineFetch.gzip)} for a printed line, ${kb(l.textFetch.gzip)} for free text; core ${kb(l.coreGzip)}, ${thousands(l.pieces)} pieces; the whole index ${kb(l.indexGzip)} gzipped`;
export const notFoundLine = (l: LookupTiming) =>
	l.notFound ? `${l.notFound.path} sent on in ${l.notFound.ms.toFixed(0)} ms, after ${kb(l.notFound.all.gzip)} gzipped (${kb(l.notFound.index.gzip)} of index)` : 'not measured (the address has a page)';
export const phaseLine = (build: BuildRun) => build.phases.filter((p) => p.phase !== 'exit').map((p) => `${p.phase} ${seconds(p.ms)}`).join(', ');

export const pageWeightLine = (m: Measured) =>
	m.pages.filter((p) => p.load).map((p) => `${p.type} ${kb(p.load!.gzip)}${p.load!.gzip > pageBudgetBytes ? ' (over)' : ''}`).join(', ');

/** Prints one catalogue's measurements as soon as they are taken. */
export function report(m: Measured): void {
	const b = m.build;
	log(`   codes: ${thousands(m.codes)}; pages built: ${thousands(b.pages)} (+ ${thousands(b.aliasPages)} alias pages)`);
	log(`   build: ${seconds(b.wallMs)} wall (median of ${m.builds.map((run) => seconds(run.wallMs)).join(', ')}), ${(b.wallMs / b.pages).toFixed(1)} ms per page, peak memory ${b.peakRssKb === undefined ? 'unknown' : mb(b.peakRssKb * 1024)} (${b.peakHow}); 5-minute load average ${b.loadAfter}`);
	log(`   phases: ${phaseLine(b)}`);
	log(`   rendering by route: ${routeLine(b)}; slowest: ${b.slowest.map((p) => `${p.path} ${seconds(p.ms)}`).join(', ')}`);
	log(`   dist: ${mb(m.dist.bytes)} in ${thousands(m.dist.files)} files (${filesLine(m)}); pagefind: ${mb(m.pagefind.bytes)} in ${thousands(m.pagefind.files)} files`);
	log(`   code page HTML (median of ${m.codePages.sampled}): ${kb(m.codePages.medianRaw)} raw, ${kb(m.codePages.medianGzip)} gzipped; in ${m.codePages.medianPage}: ${partsLine(m.codePages)}`);
	log(`   first load of ${m.load.page}: ${kb(m.load.gzip)} gzipped (${kb(m.load.raw)} raw) in ${m.load.requests} requests; ${Object.entries(m.load.byType).map(([type, bytes]) => `${type} ${kb(bytes)}`).join(', ')}`);
	log(`   lookup: ${lookupFetchLine(m.lookup)}; first answer ${m.lookup.codeFirstMs.toFixed(0)} ms for a code, ${m.lookup.lineFirstMs.toFixed(0)} ms for a printed line, ${m.lookup.textFirstMs.toFixed(0)} ms for free text; a 1 MB paste blocks the main thread ${m.lookup.pasteLongTasksMs.toFixed(0)} ms in long tasks`);
	log(`   lookup page with its answer: ${kb(m.lookup.page.gzip + m.lookup.codeAll.gzip)} gzipped for a code, ${kb(m.lookup.page.gzip + m.lookup.textAll.gzip)} for free text; 404 page: ${notFoundLine(m.lookup)}`);
	log(`   page weight at first answer, gzipped (budget ${kb(pageBudgetBytes)}): ${pageWeightLine(m)}`);
	log(`   search: first query ${m.search.firstMs.toFixed(0)} ms (${m.search.firstResults} results), warm ${m.search.warmMs.toFixed(0)} ms median; first search fetched ${kb(m.search.firstFetchRaw)} (${kb(m.search.firstFetchGzip)} gzipped) in ${m.search.firstFetchRequests} requests`);
}

/** The 1-minute load average: other work on the machine slows every timing here. */
export const load = () => loadavg()[0]!.toFixed(2);

export function machine(): string {
	const model = /model name\s*:\s*(.+)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? cpus()[0]?.model ?? 'unknown';
	return `${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB memory, ${model.trim()}, Node ${process.version}`;
}

export interface IncrementalCost {
	label: string;
	withMs: number;
	withoutMs: number;
	/** The rebuild after a one-entry edit, with ATLAS_INCREMENTAL=on: the copies of the last build. */
	rebuild: BuildRun;
	/** The same rebuild as configured (no copies). */
	rebuildWithout: BuildRun | undefined;
	/** Extra render time per code page when the build keeps copies for the next one; unset when the builds rendered on different threads. */
	perPage: number | undefined;
}

export function markdownReport(
	{ runs, loadAtStart }: { runs: number; loadAtStart: string },
	results: Measured[],
	verdicts: Verdict[],
	lighthouseResult: LighthouseResult,
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
	lines.push('- Every build starts from an empty output folder and cache. The folders of the build before are moved aside, and deleted only when the bench ends: deleted right before a build, they cost it about 20 s of kernel time at 10k codes on this disk, which frees deleted blocks (online discard) while the next build writes.');
	lines.push('', `**${summary}**`, '', '## Builds', '');
	const head = ['', ...results.map((r) => r.label)];
	row(head);
	row(head.map(() => '---'));
	const metric = (name: string, value: (m: Measured) => string) => row([name, ...results.map(value)]);
	metric('codes', (m) => thousands(m.codes));
	metric('pages built (Astro, and the code and pair pages the render workers write)', (m) => thousands(m.build.pages));
	metric('└ of them pair pages (about one a code at scale)', (m) => thousands(m.build.routes.find((route) => route.kind === 'pair pages')?.pages ?? 0));
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
	metric('lookup: the whole index in one file (only the site search reads it)', (m) => `${kb(m.lookup.indexRaw)} (${kb(m.lookup.indexGzip)} gzipped)`);
	metric('lookup: its core (every answer) and how many pieces', (m) => `${kb(m.lookup.coreGzip)} gzipped; ${thousands(m.lookup.pieces)} pieces`);
	metric(`lookup: index fetched for "${codeQuery}" (target ≤ ${lookupTargets.codeFetchKb} KB at 10k)`, (m) => `${kb(m.lookup.codeFetch.gzip)} gzipped (${m.lookup.codeFetch.requests} requests)`);
	metric('lookup: index fetched for a code typed alone, the largest of one per protocol', (m) => `${kb(m.lookup.eachCode.largest.gzip)} ("${m.lookup.eachCode.largest.query}", of ${m.lookup.eachCode.queries})`);
	metric('lookup: index fetched for a printed line', (m) => `${kb(m.lookup.lineFetch.gzip)} (${m.lookup.lineFetch.requests} requests)`);
	metric('lookup: index fetched for free text', (m) => `${kb(m.lookup.textFetch.gzip)} (${m.lookup.textFetch.requests} requests)`);
	const answer = (ms: number, runs: readonly number[]) => `${ms.toFixed(0)} ms (${runs.map((run) => run.toFixed(0)).join(', ')})`;
	metric(`lookup: first answer, code-shaped query, median of ${answerRuns} fresh pages (target ≤ ${lookupTargets.codeFirstMs} ms)`, (m) => answer(m.lookup.codeFirstMs, m.lookup.codeFirstRuns));
	metric(`lookup: first answer, a printed line, median of ${answerRuns}`, (m) => answer(m.lookup.lineFirstMs, m.lookup.lineFirstRuns));
	metric(`lookup: first answer, free text, median of ${answerRuns}`, (m) => answer(m.lookup.textFirstMs, m.lookup.textFirstRuns));
	metric(`lookup page with its first answer, gzipped (target ≤ ${lookupTargets.pageKb} KB)`, (m) => `${kb(m.lookup.page.gzip + m.lookup.codeAll.gzip)} for a code, ${kb(m.lookup.page.gzip + m.lookup.textAll.gzip)} for free text (page ${kb(m.lookup.page.gzip)})`);
	metric(`404 page at a misspelt code address, until it sends the reader on (target ≤ ${lookupTargets.pageKb} KB)`, (m) => notFoundLine(m.lookup));
	metric('lookup: main-thread long tasks for a 1 MB paste', (m) => `${m.lookup.pasteLongTasksMs.toFixed(0)} ms`);
	lines.push('', `The lookup's first answers are timed from submitting the form on a fresh /lookup/ page (fetching the index's core and pieces and starting the worker included), ${answerRuns} fresh pages each, the median with every run in parentheses: the code-shaped query "${results[0]?.lookup.codeQuery ?? ''}", a line its implementation prints, values filled in, and the free text "${results[0]?.lookup.textQuery ?? ''}". What an answer fetches of the index is the core and the pieces it read (gzip level 6 of each body); what a code typed alone fetches is read from the pieces on disk, in the same rounds as the page. The 1 MB paste is dense code-like text after one real line.`);
	lines.push('', 'What grows with the catalogue: the whole index, and the number of pieces it is cut into. What stays flat: the core, each piece, and so what a code-shaped answer fetches (test/unit/resolver-shards.test.ts fails if it grows while the catalogue doubles).');
	lines.push('', `The first-load page is the code page of median size; search runs Pagefind's JS API in that page: "${firstQuery}" first (loading pagefind.js, its WebAssembly and index chunks, and the top five results' data), then ${warmQueries.length} other queries warm.`);
	lines.push(
		'',
		'## Page weight at first answer',
		'',
		`Each page type loaded in a fresh Chromium context: every same-origin byte it fetches until the network is idle (the page, its styles and scripts, and what it fetches to show its first answer), gzipped. Budget: ${kb(pageBudgetBytes)} at every size. The page weighed is the heaviest of its type unless said otherwise.`,
		'',
	);
	const typeHead = ['page type', ...results.map((r) => r.label), 'page weighed', 'as the catalogue grows'];
	row(typeHead);
	row(typeHead.map(() => '---'));
	for (const [index, type] of (results[0]?.pages ?? []).entries()) {
		row([
			type.type,
			...results.map((m) => {
				const load = m.pages[index]?.load;
				if (!load) return '—';
				return `${kb(load.gzip)} ${load.gzip <= pageBudgetBytes ? 'PASS' : '**MISS**'} (${m.pages[index]!.path}, ${load.requests} requests)`;
			}),
			type.why,
			type.grows,
		]);
	}
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
		perPage === undefined
			? "With ATLAS_INCREMENTAL=on the render workers are off (Astro's cache records what each page reads while Astro renders it), so its builds render on one thread, and every cold build also writes a copy of each code page. A rebuild first empties the output folder (Astro's emptyOutDir) whichever way it runs."
			: `Keeping the copies costs a cold build ${perPage.toFixed(1)} ms per code page. A rebuild first empties the output folder (Astro's emptyOutDir) whichever way it runs.`,
	);
	const byWorkers = results.every((m) => m.build.renderedBy === 'workers');
	lines.push(
		'',
		'## Render time by route',
		'',
		byWorkers
			? 'The time the render workers (src/integrations/parallel-render.ts) took for each page, summed by route. The workers render side by side, so the sum is more than the rendering phase; a route\'s first page in each worker includes that worker\'s getStaticPaths for the route.'
			: 'Summed from the `(+N ms)` Astro logs after each page (the route setup before the first page is the phase above).',
		'',
	);
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
