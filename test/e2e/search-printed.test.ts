// The site's search finds a code from what its implementation printed: every line of the corpus of
// real output (test/corpus/) goes through Pagefind's index in Chromium, as the search dialog sends it
// (src/lib/search-terms.ts). Prints the counts; fails below 90 % in the first three.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolverIndex } from '../../src/lib/resolve';
import { searchTermsOf } from '../../src/lib/search-terms';
import { distRoot } from '../support/dist';
import { readCorpus } from '../support/corpus';
import { useSite } from '../support/site';

const site = useSite();
let page: Page;

beforeAll(async () => {
	page = await site.browser.newPage();
	await page.goto(`${site.url}/`);
});
afterAll(() => page?.close());

describe('search finds a code from its printed line', () => {
	it('ranks the code in the first three for at least 90 % of real lines', async () => {
		const corpus = readCorpus();
		const index = JSON.parse(readFileSync(join(distRoot, 'resolver-index.json'), 'utf8')) as ResolverIndex;
		const queries = corpus.map((line) => searchTermsOf(line.text, index));
		// A string, so the test runner's transform leaves the browser's own import() alone.
		const ranked = (await page.evaluate(`(async (terms) => {
			const pagefind = await import('/pagefind/pagefind.js');
			await pagefind.init();
			const out = [];
			for (const term of terms) {
				const search = await pagefind.search(term);
				const top = await Promise.all(search.results.slice(0, 3).map((result) => result.data()));
				out.push(top.map((data) => new URL(data.url, location.origin).pathname));
			}
			return out;
		})(${JSON.stringify(queries)})`)) as string[][];
		const misses: string[] = [];
		let found = 0;
		corpus.forEach((line, position) => {
			const expected = line.codes.map((code) => `/${code}/`);
			if (ranked[position]!.some((path) => expected.includes(path))) found += 1;
			else misses.push(`${queries[position]} → ${ranked[position]!.join(' ') || 'nothing'} (expected ${line.codes.join(', ')})`);
		});
		console.log(`search on real output: ${found}/${corpus.length} (${((100 * found) / corpus.length).toFixed(1)} %) in the first three`);
		expect(found / corpus.length, misses.slice(0, 40).join('\n')).toBeGreaterThanOrEqual(0.9);
	});
});
