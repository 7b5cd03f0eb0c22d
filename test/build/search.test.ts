// What the built site gives search engines and Pagefind: the OpenSearch description, result titles,
// facets on code pages, and tables of codes kept out of the index.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { builtPages, distRoot, fileForPath, page } from '../support/dist';
import { refs } from '../support/catalogue';

describe('OpenSearch', () => {
	const xml = readFileSync(join(distRoot, 'opensearch.xml'), 'utf8');

	it('describes a search that opens /lookup/ with the terms', () => {
		const template = /<Url type="text\/html" method="get" template="([^"]+)"\/>/.exec(xml)?.[1] ?? '';
		expect(template).toMatch(/^https?:\/\/[^/]+\/lookup\/\?q=\{searchTerms\}$/);
		const shortName = /<ShortName>([^<]*)<\/ShortName>/.exec(xml)?.[1] ?? '';
		expect(shortName.length).toBeGreaterThan(0);
		expect(shortName.length).toBeLessThanOrEqual(16);
	});

	it('is announced in the head of every page', () => {
		for (const path of builtPages().filter((path) => !page(path).querySelector('link[rel="canonical"][data-path]'))) {
			expect(page(path).querySelector('link[rel="search"][type="application/opensearchdescription+xml"]')?.getAttribute('href'), path).toBe('/opensearch.xml');
		}
	});
});

describe('code pages in the index', () => {
	it.each(refs.map((ref) => [`/${ref.protocol}/${ref.slug}/`] as const))('%s carries its title and facets', (path) => {
		const html = page(path);
		const ref = refs.find((candidate) => `/${candidate.protocol}/${candidate.slug}/` === path)!;
		const title = html.querySelector('[data-pagefind-meta^="title:"]')?.getAttribute('data-pagefind-meta') ?? '';
		expect(title).toContain(ref.code);
		expect(title).toContain(ref.name);
		const facets = new Set(html.querySelectorAll('[data-pagefind-filter]').map((element) => element.getAttribute('data-pagefind-filter')));
		expect([...facets].sort()).toEqual(['category', 'kind', 'protocol', 'retry', 'who acts']);
	});
});

describe('pages that only repeat codes', () => {
	it('keep their tables and lists of codes out of the index', () => {
		for (const path of ['/stt/', '/dtp/', '/twamp/', '/open-stream/', '/m2m/', '/']) {
			for (const table of page(path).querySelectorAll('table.code-table, .categories, .protocol-cards')) {
				expect(table.closest('[data-pagefind-ignore]'), path).not.toBeNull();
			}
		}
	});
});

// Pagefind's fragments: a gzipped `pagefind_dcd` marker and the page's indexed text as JSON.
const fragments = readdirSync(join(distRoot, 'pagefind', 'fragment')).map((file) => {
	const text = gunzipSync(readFileSync(join(distRoot, 'pagefind', 'fragment', file))).toString('utf8');
	return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
});

describe('what the index holds', () => {
	const marked = builtPages().filter((path) => readFileSync(fileForPath(path)!, 'utf8').includes('data-pagefind-body'));

	it('every page marked for search and no other: no pair page, embeddable card, alias page nor the 404 page', () => {
		// The build has Pagefind read only some folders (src/integrations/search-index.ts): none marked is left out.
		expect(marked.length).toBeGreaterThan(refs.length);
		expect(fragments.map((fragment) => fragment.url).sort()).toEqual([...marked].sort());
	});

	it('leaves out the pages that repeat code pages', () => {
		const pairs = builtPages().filter((path) => /^\/compare\/[^/]+\/[^/]+\/[^/]+\/[^/]+\/$/.test(path));
		expect(pairs.length).toBeGreaterThan(0);
		for (const path of [...pairs, '/embed/stt/0x0101/', '/stt/257/', '/404.html']) expect(marked, path).not.toContain(path);
	});
});

describe('search excerpts read as prose', () => {
	const codePages = fragments.filter((fragment) => refs.some((ref) => fragment.url === `/${ref.protocol}/${ref.slug}/`));

	it('index every code page', () => {
		expect(codePages).toHaveLength(refs.length);
	});

	it('never run a field label into its value, nor the hidden filter values into the text', () => {
		const glued = /\b(?:Protocol|Kind|Category|Categories|Name|Retry\?|Who acts|What is lost)(?=[A-Z0-9])|Copy link|Error code(?:after|before|once|no )/;
		expect(codePages.filter((fragment) => glued.test(fragment.content)).map((fragment) => `${fragment.url}: ${glued.exec(fragment.content)?.[0]}`)).toEqual([]);
	});

	it('leave out the labels of controls, such as the fold of the facts on a phone', () => {
		expect(codePages.filter((fragment) => fragment.content.includes('Facts and link')).map((fragment) => fragment.url)).toEqual([]);
	});

	it('list the other spellings as one sentence, not one code per sentence', () => {
		const content = codePages.find((fragment) => fragment.url === '/stt/0x0405_04/')!.content;
		expect(content).toMatch(/Other spellings that lead here\.? proof_verification_failed, proof-verification-failed, [^.]*\bor \S+\./);
	});
});
