// Search quality against the real Pagefind index of the real build, through Starlight's own search
// dialog in Chromium. Prints top-1 and top-3 hit rates; fails below 100 % top-1 for exact codes and
// below 90 % top-3 overall.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site';
import { search, type SearchHit } from '../support/search';
import { searchCases } from './search-queries';

const site = useSite();
let page: Page;
const ranks = new Map<number, number>();

beforeAll(async () => {
	page = await site.browser.newPage();
	await page.goto(`${site.url}/`);
	// A development build has no search UI at all: fail at once instead of timing out query by query.
	expect(await page.locator('#starlight__search').count(), 'dist/ is not a production build').toBe(1);
	await page.waitForFunction(() => !document.querySelector('site-search button[data-open-modal]')?.hasAttribute('disabled'));
});

afterAll(async () => {
	if (ranks.size === 0) return;
	const rate = (cases: number[], within: number) => {
		const hits = cases.filter((index) => {
			const rank = ranks.get(index) ?? 0;
			return rank >= 1 && rank <= within;
		}).length;
		return `${hits}/${cases.length} (${((100 * hits) / Math.max(cases.length, 1)).toFixed(1)} %)`;
	};
	const all = [...ranks.keys()];
	const exactCases = all.filter((index) => searchCases[index]!.exact);
	console.log(`search quality: exact codes top-1 ${rate(exactCases, 1)}; all queries top-1 ${rate(all, 1)}, top-3 ${rate(all, 3)}`);
});

describe('search finds the code page', () => {
	const results: SearchHit[][] = [];

	it.each(searchCases.map((searchCase, index) => [searchCase.query, index] as const))('%s', async (_, index) => {
		const searchCase = searchCases[index]!;
		const hits = await search(page, searchCase.query, searchCase.filters ?? {});
		results[index] = hits;
		const rank = hits.findIndex((hit) => hit.url === searchCase.expect) + 1;
		ranks.set(index, rank);
		// Each query is a measurement; the thresholds below decide pass or fail.
		expect(hits.length, `no results for ${searchCase.query}`).toBeGreaterThan(0);
	});

	it('ranks every exact code first', () => {
		const misses = searchCases
			.map((searchCase, index) => ({ searchCase, rank: ranks.get(index) ?? 0 }))
			.filter(({ searchCase, rank }) => searchCase.exact && rank !== 1)
			.map(({ searchCase, rank }) => `${searchCase.query} → rank ${rank} (${results[searchCases.indexOf(searchCase)]?.slice(0, 3).map((hit) => hit.url).join(', ')})`);
		expect(misses).toEqual([]);
	});

	it('finds at least 90 % of all queries in the top three', () => {
		const within = searchCases.filter((searchCase, index) => {
			const rank = ranks.get(index) ?? 0;
			return rank >= 1 && rank <= Math.max(searchCase.within, 1) && rank <= 3;
		}).length;
		expect(within / searchCases.length).toBeGreaterThanOrEqual(0.9);
	});

	it('shows protocol, code and name in each code result', () => {
		const hit = results[searchCases.findIndex((searchCase) => searchCase.query === '0x0101')]?.[0];
		expect(hit?.title).toBe('STT 0x0101 CONNECTION_TIMEOUT');
	});
});
