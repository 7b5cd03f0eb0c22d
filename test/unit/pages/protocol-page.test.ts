import { describe, expect, it } from 'vitest';
import { protocolPageHeadings, protocolPages } from '../../../src/lib/pages/protocol-page';
import { code, concept, protocol } from './fixture';

const protocols = [protocol('beta', 'Beta', 1), protocol('alpha', 'Alpha', 1, ['server', 'client'])];
const concepts = [concept('timeout', 'Timeout', 2), concept('auth', 'Auth', 1)];
const errors = [code('alpha', '10', { categories: ['server'] }), code('alpha', '2', { categories: ['server'] }), code('alpha', '7', { categories: ['client'] }), code('beta', '1')];

describe('protocolPages', () => {
	const pages = protocolPages(protocols, concepts, errors);

	it('makes one page per protocol, equal orders broken by id', () => {
		expect(pages.map((page) => page.protocol.id)).toEqual(['alpha', 'beta']);
	});

	it('lists the protocol’s own codes by category as the source orders them, then by code', () => {
		expect(pages[0]!.entries.map((entry) => entry.data.code)).toEqual(['2', '10', '7']);
		expect(pages[0]!.description).toContain('a table of all 3 codes');
	});

	it('offers the concepts in concept order, as the table of all codes does', () => {
		expect([...pages[0]!.concepts.keys()]).toEqual(['auth', 'timeout']);
	});
});

describe('protocolPageHeadings', () => {
	it('lists the categories under their heading and the Markdown’s headings before the table of codes', () => {
		const headings = protocolPageHeadings(protocols[1]!, [{ depth: 2, slug: 'guidance', text: 'Guidance' }]);
		expect(headings.map((heading) => `${heading.depth} ${heading.slug}`)).toEqual(['2 code-format', '2 categories', '3 server', '3 client', '2 error-carriers', '2 guidance', '2 all-codes']);
		expect(headings.at(-1)!.text).toBe('All Alpha codes');
	});
});
