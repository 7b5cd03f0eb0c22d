/** The targets the bench holds the site to, and the one-line summary it ends with. */
import type { Measured } from './measure';
import { lookupTargets } from './lookup';
import { kb, seconds, thousands } from './numbers';
import { pageBudgetBytes } from './page-weights';

export interface Verdict {
	target: string;
	measured: string;
	pass: boolean;
	by: string;
}

export function verdict(target: string, value: number, limit: number, show: (n: number) => string): Verdict {
	const pass = value <= limit;
	const by = pass ? `${show(limit - value)} under` : `${show(value - limit)} over (${((value / limit - 1) * 100).toFixed(0)}%)`;
	return { target: `${target} ≤ ${show(limit)}`, measured: show(value), pass, by };
}


const ratio = (n: number) => `${n.toFixed(2)}×`;

/** Each target against the real site (`real`) and the small (`one`) and large (`ten`) synthetic catalogues. */
export function targetVerdicts(real: Measured, one: Measured, ten: Measured): Verdict[] {
	const buildRatio = ten.build.wallMs / one.build.wallMs;
	const htmlRatio = ten.codePages.medianRaw / real.codePages.medianRaw;
	return [
		verdict(`${ten.label} codes build time`, ten.build.wallMs / 1000, 90, (n) => `${n.toFixed(1)} s`),
		verdict(`build time ${ten.label}/${one.label}`, buildRatio, 10.5, ratio),
		verdict(`code-page HTML ${ten.label}/real (median, raw)`, htmlRatio, 1.1, ratio),
		verdict('first load of a real code page, gzipped', real.load.gzip / 1024, 45, (n) => `${n.toFixed(1)} KB`),
		verdict(`first load of a ${ten.label} code page, gzipped`, ten.load.gzip / 1024, 45, (n) => `${n.toFixed(1)} KB`),
		verdict('1 MB paste: main-thread long tasks (real)', real.lookup.pasteLongTasksMs, 50, (n) => `${n.toFixed(0)} ms`),
		verdict(`1 MB paste: main-thread long tasks (${ten.label})`, ten.lookup.pasteLongTasksMs, 50, (n) => `${n.toFixed(0)} ms`),
		verdict(`lookup: index fetched for "${ten.lookup.codeQuery}" at ${ten.label}, gzipped`, ten.lookup.codeFetch.gzip / 1024, lookupTargets.codeFetchKb, (n) => `${n.toFixed(1)} KB`),
		verdict(`lookup: index fetched for a code typed alone at ${ten.label} (largest of one per protocol)`, ten.lookup.eachCode.largest.gzip / 1024, lookupTargets.codeFetchKb, (n) => `${n.toFixed(1)} KB`),
		verdict(`lookup: first answer to a code-shaped query at ${ten.label}`, ten.lookup.codeFirstMs, lookupTargets.codeFirstMs, (n) => `${n.toFixed(0)} ms`),
		verdict(`lookup page with its answer to a code at ${ten.label}, gzipped`, (ten.lookup.page.gzip + ten.lookup.codeAll.gzip) / 1024, lookupTargets.pageKb, (n) => `${n.toFixed(1)} KB`),
		verdict(`lookup page with its answer to free text at ${ten.label}, gzipped`, (ten.lookup.page.gzip + ten.lookup.textAll.gzip) / 1024, lookupTargets.pageKb, (n) => `${n.toFixed(1)} KB`),
		...(ten.lookup.notFound
			? [verdict(`404 page until it sends the reader on at ${ten.label}, gzipped`, ten.lookup.notFound.all.gzip / 1024, lookupTargets.pageKb, (n: number) => `${n.toFixed(1)} KB`)]
			: []),
		...ten.pages.flatMap((page) => (page.load ? [verdict(`${page.type} at ${ten.label}, first answer gzipped`, page.load.gzip / 1024, pageBudgetBytes / 1024, (n) => `${n.toFixed(1)} KB`)] : [])),
		verdict(`file count at ${ten.label} (aim)`, ten.dist.files, 20_000, (n) => thousands(Math.round(n))),
		verdict(`file count at ${ten.label} with ATLAS_ALIAS_PAGES=off (aim)`, ten.dist.files - ten.build.aliasPages, 20_000, (n) => thousands(Math.round(n))),
	];
}

/** The heaviest page type at a size, and how many are over the budget. */
function pageWeightSummary(m: Measured): string {
	const weighed = m.pages.filter((page) => page.load);
	const heaviest = [...weighed].sort((a, b) => b.load!.gzip - a.load!.gzip)[0];
	const over = weighed.filter((page) => page.load!.gzip > pageBudgetBytes).length;
	return heaviest ? `heaviest page ${m.label} ${heaviest.type} ${kb(heaviest.load!.gzip)}, ${over} of ${weighed.length} page types over ${kb(pageBudgetBytes)}` : 'no page weighed';
}

export function summaryLine(real: Measured, one: Measured, ten: Measured): string {
	const buildRatio = ten.build.wallMs / one.build.wallMs;
	const htmlRatio = ten.codePages.medianRaw / real.codePages.medianRaw;
	return `SUMMARY ${pageWeightSummary(ten)} · build ${ten.label}/${one.label} = ${ratio(buildRatio)} (${buildRatio <= 10.5 ? 'PASS' : 'MISS'} ≤ 10.5) · code-page HTML ${ten.label}/real = ${ratio(htmlRatio)} (${htmlRatio <= 1.1 ? 'PASS' : 'MISS'} ≤ 1.1) · ${ten.label} build ${seconds(ten.build.wallMs)} · first load ${kb(ten.load.gzip)} · ${ten.label} files ${thousands(ten.dist.files)} · lookup ${ten.label}: "${ten.lookup.codeQuery}" fetches ${kb(ten.lookup.codeFetch.gzip)} (${ten.lookup.codeFetch.gzip / 1024 <= lookupTargets.codeFetchKb ? 'PASS' : 'MISS'} ≤ ${lookupTargets.codeFetchKb} KB), a code alone ≤ ${kb(ten.lookup.eachCode.largest.gzip)}, free text ${kb(ten.lookup.textFetch.gzip)}, first answer ${ten.lookup.codeFirstMs.toFixed(0)} ms (${ten.lookup.codeFirstMs <= lookupTargets.codeFirstMs ? 'PASS' : 'MISS'} ≤ ${lookupTargets.codeFirstMs} ms), page with answer ≤ ${kb(ten.lookup.page.gzip + Math.max(ten.lookup.textAll.gzip, ten.lookup.codeAll.gzip))} (${(ten.lookup.page.gzip + Math.max(ten.lookup.textAll.gzip, ten.lookup.codeAll.gzip)) / 1024 <= lookupTargets.pageKb ? 'PASS' : 'MISS'} ≤ ${lookupTargets.pageKb} KB) · 1 MB paste ${ten.lookup.pasteLongTasksMs.toFixed(0)} ms of long tasks`;
}
