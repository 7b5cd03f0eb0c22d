// A protocol added as content alone (test/fixtures/new-protocol: its protocol file with a slug rule,
// six codes (one retired), what its implementation prints) gets everything the real protocols have, with no edit
// under src/: code pages under the slugs its rule gives, its table of codes, the JSON API, a column on
// /compare/, lookup and aliases. It builds a copy of content/ with the fixture laid over it.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuildOrThrow } from '../../scripts/lib/astro-build';
import { ledgerPaths } from '../../src/lib/permalinks';
import { loadCatalogue } from '../../src/lib/read-content';
import { resolvePath, resolveText, type ResolverIndex } from '../../src/lib/resolve';
import { projectRoot } from '../support/dist';

const work = mkdtempSync(join(tmpdir(), 'atlas-new-protocol-'));
const contentRoot = join(work, 'content');
const outDir = join(work, 'out');
cpSync(join(projectRoot, 'content'), contentRoot, { recursive: true });
cpSync(join(projectRoot, 'test/fixtures/new-protocol'), contentRoot, { recursive: true });

const demoEntries = loadCatalogue(contentRoot, projectRoot).entries.filter(({ file }) => file.protocol === 'demo');
const demoPaths = demoEntries.map(({ file }) => `/demo/${file.stem}/`);

beforeAll(() => {
	astroBuildOrThrow('new-protocol', { outDir, env: { ATLAS_CONTENT_ROOT: contentRoot, ATLAS_CACHE_DIR: join(work, 'cache') } });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const built = (path: string) => readFileSync(join(outDir, path), 'utf8');
const page = (path: string): HTMLElement => parse(built(join(path, 'index.html')));
const json = <T>(path: string) => JSON.parse(built(path)) as T;
const hrefs = (element: HTMLElement) => element.querySelectorAll('a').map((a) => a.getAttribute('href'));

describe('a protocol added as content alone', () => {
	it('has a page for every code, under the slug its own front matter declares', () => {
		expect([...demoPaths].sort()).toEqual(['/demo/close-timeout/', '/demo/demoerror-linkdown/', '/demo/demoerror-linklost/', '/demo/demoerror-timeout/', '/demo/http-503/', '/demo/sealerror-badtag/']);
		for (const { file, data } of demoEntries) {
			expect(page(`/demo/${file.stem}/`).querySelector('h1')?.text, file.stem).toContain(data.code);
		}
	});

	it('has its protocol page with a table of all its codes, and a place in the navigation and the home page', () => {
		const protocolPage = page('/demo/');
		const table = protocolPage.querySelector('#all-codes ~ [data-code-table] table');
		expect(table, 'the table after "All … codes"').not.toBeNull();
		expect(new Set(hrefs(table!).filter((href) => href?.startsWith('/demo/')))).toEqual(new Set(demoPaths));
		expect(hrefs(protocolPage.querySelector('nav.sidebar')!)).toContain('/demo/');
		expect(hrefs(page('/').querySelector('ul.protocol-cards')!)).toContain('/demo/');
	});

	it('has its JSON API files: the protocol with every code, and one file per code', () => {
		const protocol = json<{ codes: { code: string }[] }>('api/v1/demo.json');
		expect(protocol.codes.map((code) => code.code).sort()).toEqual(demoEntries.map(({ data }) => data.code).sort());
		for (const { file, data } of demoEntries) {
			expect(json<{ code: string; slug: string }>(`api/v1/demo/${file.stem}.json`)).toMatchObject({ code: data.code, slug: file.stem });
		}
	});

	it('has a column in the /compare/ matrix that lists its codes by concept', () => {
		const matrix = page('/compare/').querySelector('table.concept-matrix')!;
		expect(matrix.querySelectorAll('thead th').map((th) => th.text)).toContain('Demo Protocol');
		const cell = matrix.querySelector('tr#concept-operation-timeout td[data-label="Demo Protocol"]')!;
		expect(hrefs(cell)).toEqual(['/demo/demoerror-timeout/']);
	});

	it('is known to lookup: its codes by any spelling, and the lines its implementation prints', () => {
		const index = json<ResolverIndex>('resolver-index.json');
		expect(resolvePath(index, '/demo/LinkDown/').best?.path).toBe('/demo/demoerror-linkdown/');
		expect(resolvePath(index, '/demo/SealError::BadTag/').best?.path).toBe('/demo/sealerror-badtag/');
		expect(resolvePath(index, '/demo/http503/').best?.path).toBe('/demo/http-503/');
		// `Timeout` and `TIMEOUT` are one spelling to lookup: it offers both codes.
		expect(resolvePath(index, '/demo/timeout/').matches.map((match) => match.path).sort()).toEqual(['/demo/close-timeout/', '/demo/demoerror-timeout/']);
		expect(resolveText(index, 'Demo link down: 192.0.2.7:4000').best?.path).toBe('/demo/demoerror-linkdown/');
	});

	it('has its aliases, as redirect pages and in `_redirects`', () => {
		const redirects = built('_redirects').split('\n');
		expect(redirects).toContain('/demo/LinkDown/ /demo/demoerror-linkdown/ 301');
		expect(redirects).toContain('/demo/503/ /demo/http-503/ 301');
		expect(redirects).toContain('/demo-protocol/* /demo/:splat 301');
		expect(page('/demo/LinkDown/').querySelector('link[rel="canonical"]')?.getAttribute('data-path')).toBe('/demo/demoerror-linkdown/');
		expect(existsSync(join(outDir, 'demo/bad_tag/index.html'))).toBe(true);
	});

	it('leaves the permalink ledger alone: a build of other content publishes nothing', () => {
		const ledger = ledgerPaths(readFileSync(join(projectRoot, 'permalinks.txt'), 'utf8'));
		expect(ledger.filter((path) => path.startsWith('/demo'))).toEqual([]);
	});
});

describe('a retired code', () => {
	it('keeps its page, which says it is retired and leads to its replacement', () => {
		const tombstone = page('/demo/demoerror-linklost/');
		expect(tombstone.querySelector('.retired')?.text).toContain('Retired since version 2');
		expect(tombstone.querySelector('.retired')?.text).toContain('Renamed to LinkDown');
		expect(hrefs(tombstone.querySelector('.retired')!)).toContain('/demo/demoerror-linkdown/');
	});

	it('says so in its JSON file, its Markdown twin and its card, and still answers to its old spellings', () => {
		expect(json<{ retired: boolean; retirement: { replacedBy: { code: string; url: string } } }>('api/v1/demo/demoerror-linklost.json')).toMatchObject({
			retired: true,
			retirement: { replacedBy: { code: 'LinkDown', url: expect.stringMatching(/\/demo\/demoerror-linkdown\/$/) } },
		});
		expect(built('demo/demoerror-linklost.md')).toMatch(/Retired since version 2: Renamed to LinkDown.*Use LinkDown instead/);
		expect(page('/embed/demo/demoerror-linklost/').text).toContain('Retired.');
		expect(resolvePath(json<ResolverIndex>('resolver-index.json'), '/demo/LinkLost/').best?.path).toBe('/demo/demoerror-linklost/');
	});
});
