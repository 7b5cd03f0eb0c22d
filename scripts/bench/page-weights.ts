/**
 * What each page type weighs when it first answers, at every catalogue size: everything same-origin
 * it fetches in Chromium until the network is idle (as the code page's first load is weighed,
 * browser.ts), gzipped, against the budget of 100 KB. The lookup with a typed query and the 404
 * resolver answer only after their index arrives: scripts/bench/lookup.ts weighs them, and their
 * rows stay empty here until it reports them.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { firstLoad, type FirstLoad } from './browser';

/** Every page type, gzipped, loads at most this much to show its first answer. */
export const pageBudgetBytes = 100 * 1024;

export interface PageType {
	type: string;
	/** The page weighed; undefined for a row another measurement fills. */
	path: string | undefined;
	/** Why this page stands for its type. */
	why: string;
	/** What its weight does as the catalogue grows, by design. */
	grows: string;
}

export interface PageWeight extends PageType {
	load: FirstLoad | undefined;
}

/** The built page of each type that weighs most, or stands for the type: `codePage` is the median code page. */
export function pageTypes(dist: string, codePaths: readonly string[], codePage: string): PageType[] {
	const perProtocol = new Map<string, number>();
	for (const path of codePaths) {
		const protocol = path.split('/')[1]!;
		perProtocol.set(protocol, (perProtocol.get(protocol) ?? 0) + 1);
	}
	const largestProtocol = [...perProtocol].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
	const compare = join(dist, 'compare');
	const concepts = existsSync(compare)
		? readdirSync(compare, { withFileTypes: true })
				.filter((entry) => entry.isDirectory() && existsSync(join(compare, entry.name, 'index.html')))
				.map((entry) => ({ name: entry.name, bytes: statSync(join(compare, entry.name, 'index.html')).size }))
				.sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name))
		: [];
	const pair = firstPairPage(compare);
	return [
		{ type: 'home', path: '/', why: 'the home page', grows: 'flat: one card per protocol' },
		{ type: 'protocol page', path: largestProtocol ? `/${largestProtocol}/` : undefined, why: 'the protocol with the most codes', grows: 'with its own codes: its table lists them all' },
		{ type: 'code page', path: codePage, why: 'the code page of median size', grows: 'flat' },
		{ type: '/codes/', path: '/codes/', why: 'its first rows; the others come in per-protocol shards when asked', grows: 'flat: 50 rows; the filters grow with protocols and categories' },
		{ type: '/compare/', path: '/compare/', why: 'the concept matrix', grows: 'bounded: at most 8 codes per cell, then a link to the concept page' },
		{ type: 'concept page', path: concepts[0] ? `/compare/${concepts[0].name}/` : undefined, why: 'the largest concept page', grows: 'with the codes that link its concept' },
		{ type: 'pair page', path: pair, why: 'the first pair page, two codes side by side', grows: 'flat: two codes; about one pair page a code at scale' },
		{ type: '/triage/', path: '/triage/', why: 'the first 10 codes of each situation; the rest come in per-protocol shards when asked', grows: 'flat' },
		{ type: '/lookup/ with a typed query', path: undefined, why: 'weighed with its index by the lookup measurement', grows: 'its index grows with the catalogue' },
		{ type: '404 resolver', path: undefined, why: 'weighed with its index by the lookup measurement', grows: 'its index grows with the catalogue' },
	];
}

/** The first pair page, `/compare/<p>/<s>/<p>/<s>/`, in name order; undefined when there is none. */
function firstPairPage(compare: string): string | undefined {
	const folders = (path: string) => (existsSync(path) ? readdirSync(path, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort() : []);
	for (const p1 of folders(compare)) {
		for (const s1 of folders(join(compare, p1))) {
			for (const p2 of folders(join(compare, p1, s1))) {
				for (const s2 of folders(join(compare, p1, s1, p2))) {
					if (existsSync(join(compare, p1, s1, p2, s2, 'index.html'))) return `/compare/${p1}/${s1}/${p2}/${s2}/`;
				}
			}
		}
	}
	return undefined;
}

/** Loads each page type in a fresh context, one after another. */
export async function pageWeights(browser: Browser, origin: string, types: readonly PageType[]): Promise<PageWeight[]> {
	const weights: PageWeight[] = [];
	for (const type of types) weights.push({ ...type, load: type.path ? await firstLoad(browser, origin, type.path) : undefined });
	return weights;
}
