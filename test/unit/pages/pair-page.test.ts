import { describe, expect, it } from 'vitest';
import { toCatalogueEntry } from '../../../src/lib/catalogue';
import { CatalogueIndex } from '../../../src/lib/catalogue';
import { canonicalPairPath, equivalentsOf, equivalentsShown, pairPartners, pairsOfferedAmongMany } from '../../../src/lib/compare';
import { conceptRefs } from '../../../src/lib/pages/collections';
import { carriersOf, pairPages, pairRows } from '../../../src/lib/pages/pair-page';
import { code, concept, protocol } from './fixture';

const beta = protocol('beta', 'Beta', 2);
const protocols = [
	{
		...beta,
		data: {
			...beta.data,
			delivery: [
				{ name: 'Reject frame', description: 'Refuses a session.', fields: [], kinds: ['rejection-code' as const] },
				{ name: 'Error frame', description: 'Sent on failure.', fields: [{ name: 'code', description: 'The code.', optional: false }], kinds: ['error-code' as const] },
			],
		},
	},
	protocol('alpha', 'Alpha', 1),
	protocol('gamma', 'Gamma', 3),
];
const concepts = [concept('timeout', 'Timeout', 2), concept('auth', 'Auth', 1)];
const errors = [
	code('beta', 'B1', {
		concepts: ['timeout', { id: 'auth', relation: 'related', caveat: 'Only when the login times out.' }],
		causes: ['The peer is slow'],
		actions: { label: 'Recovery', steps: ['Wait', 'Reconnect'], ordered: true },
	}),
	code('beta', 'B2', { concepts: [{ id: 'timeout', relation: 'narrower', caveat: 'Only the handshake.' }] }),
	code('alpha', 'A1', { concepts: ['timeout', 'auth'] }),
	code('gamma', 'G1', { concepts: ['auth'] }),
];

describe('pairPages', () => {
	const pages = pairPages(protocols, concepts, errors);
	const byPath = new Map(pages.map((page) => [page.path, page]));

	it('makes one page for every two codes of different protocols that both mean a concept, and none for a looser link', () => {
		expect([...byPath.keys()].sort()).toEqual(['/compare/alpha/a1/beta/b1/', '/compare/alpha/a1/gamma/g1/']);
	});

	it('puts the protocols in their order (by `order`, not as listed), whichever code offers the pair', () => {
		expect(byPath.get('/compare/alpha/a1/beta/b1/')!.canonicalPath).toBe('/compare/alpha/a1/beta/b1/');
		expect(byPath.get('/compare/alpha/a1/gamma/g1/')!.params).toEqual({ p1: 'alpha', s1: 'a1', p2: 'gamma', s2: 'g1' });
		const [b1, a1] = [errors[0]!, errors[2]!].map(toCatalogueEntry);
		expect(canonicalPairPath(b1!, a1!, ['alpha', 'beta', 'gamma'])).toBe('/compare/alpha/a1/beta/b1/');
		expect(canonicalPairPath(a1!, b1!, ['alpha', 'beta', 'gamma'])).toBe('/compare/alpha/a1/beta/b1/');
	});

	it('sets the codes out in that order, each labelled and linked to its page', () => {
		const page = byPath.get('/compare/alpha/a1/beta/b1/')!;
		expect(page.sides.map((side) => [side.label, side.path, side.entry.data.causes])).toEqual([
			['Alpha A1', '/alpha/a1/', []],
			['Beta B1', '/beta/b1/', ['The peer is slow']],
		]);
		expect(page.title).toBe('Alpha A1 and Beta B1');
		expect(page.description).toContain('both mean timeout');
	});

	it('states the concepts both codes mean first, then the looser ones with each code’s relation and caveat', () => {
		const page = byPath.get('/compare/alpha/a1/beta/b1/')!;
		expect(page.shared.map((item) => [item.concept.id, item.exact, item.links.map((link) => link.relation)])).toEqual([
			['timeout', true, ['exact', 'exact']],
			['auth', false, ['exact', 'related']],
		]);
		expect(page.shared[1]!.links[1].caveat).toBe('Only when the login times out.');
	});

	it('gives each code the carriers of its own kind, and every row of the comparison as a heading', () => {
		const page = byPath.get('/compare/alpha/a1/beta/b1/')!;
		expect(page.sides[1].carriers.map((carrier) => carrier.name)).toEqual(['Error frame']);
		expect(page.sides[0].carriers.map((carrier) => carrier.name)).toEqual(['Error frame']);
		expect(page.headings.map((heading) => heading.slug)).toEqual(['why-compared', 'meaning', 'causes', 'what-to-do-now', 'steps', 'delivery']);
		expect(page.headings).toEqual(pairRows);
	});
});

describe('carriersOf', () => {
	const data = protocols[0]!.data;
	it('keeps the carriers that name the kind, and falls back to all when none does', () => {
		expect(carriersOf(data, 'rejection-code').map((carrier) => carrier.name)).toEqual(['Reject frame']);
		expect(carriersOf(data, 'http-status').map((carrier) => carrier.name)).toEqual(['Reject frame', 'Error frame']);
	});
});

describe('pair pages of a large catalogue', () => {
	// Twelve codes on each side of one concept: every code could be set beside any of the other side's twelve.
	const many = [...Array.from({ length: 12 }, (_, at) => code('alpha', `A${at}`, { concepts: ['timeout'] })), ...Array.from({ length: 12 }, (_, at) => code('beta', `B${at}`, { concepts: ['timeout'] }))];
	const pages = pairPages(protocols, concepts, many);
	const paths = new Set(pages.map((page) => page.path));
	const entries = many.map(toCatalogueEntry);
	const partners = pairPartners(new CatalogueIndex(entries), conceptRefs(concepts), ['alpha', 'beta', 'gamma']);

	it('has a page for every pair a code page offers, at the address the code page links to, and no other', () => {
		const offered = new Set<string>();
		for (const entry of entries) {
			const others = partners.get(entry) ?? [];
			expect(others.length, entry.slug).toBeGreaterThan(0);
			for (const other of others) {
				const path = canonicalPairPath(entry, other, ['alpha', 'beta', 'gamma']);
				expect(paths.has(path), path).toBe(true);
				expect(path.startsWith('/compare/alpha/'), path).toBe(true);
				offered.add(path);
			}
		}
		expect([...paths].sort()).toEqual([...offered].sort());
	});

	it('grows with the number of codes, not with its square: about one page a code', () => {
		// Every pair of the 24 codes would be 12 × 12 pairs, 144 pages; each code has twelve equivalents and
		// offers two, and each pair is offered by both its codes.
		for (const entry of entries) expect(partners.get(entry)!.length, entry.slug).toBeLessThanOrEqual(pairsOfferedAmongMany);
		expect(pages.length).toBeLessThanOrEqual((many.length * pairsOfferedAmongMany) / 2);
		expect(pages.length).toBeGreaterThanOrEqual(many.length - 2);
	});

	it('lists each code’s partners among its equivalents, even past the first few', () => {
		for (const entry of entries) {
			const listed = equivalentsOf(entry, conceptRefs(concepts), entries, equivalentsShown, partners.get(entry)).flatMap((group) => group.entries);
			expect(listed.length).toBeLessThanOrEqual(equivalentsShown);
			for (const other of partners.get(entry) ?? []) expect(listed, `${entry.slug} lists ${other.slug}`).toContain(other);
		}
	});
});

describe('pairPartners', () => {
	const refs = conceptRefs(concepts);
	const ids = ['alpha', 'beta', 'gamma'];
	const partnersOf = (items: ReturnType<typeof code>[]) => {
		const entries = items.map(toCatalogueEntry);
		const partners = pairPartners(new CatalogueIndex(entries), refs, ids);
		return new Map([...partners].map(([entry, others]) => [entry.slug, others.map((other) => other.slug).sort()]));
	};

	it('pairs a code with every equivalent when it has at most pairsOffered, and never with a looser link or its own protocol', () => {
		const partners = partnersOf([
			code('alpha', 'A', { concepts: ['timeout'] }),
			code('alpha', 'A2', { concepts: ['timeout'] }),
			code('beta', 'B1', { concepts: ['timeout'] }),
			code('beta', 'B2', { concepts: [{ id: 'timeout', relation: 'broader', caveat: 'Any delay.' }] }),
			code('gamma', 'G1', { concepts: ['timeout'] }),
		]);
		expect(partners.get('a')).toEqual(['b1', 'g1']);
		expect(partners.get('b1')).toEqual(['a', 'a2', 'g1']);
		expect(partners.has('b2')).toBe(false);
	});

	it('is mutual, offers two when a code has many equivalents, and does not depend on the order the files were read in', () => {
		const items = [
			...Array.from({ length: 9 }, (_, at) => code('alpha', `A${at}`, { concepts: ['timeout'] })),
			...Array.from({ length: 4 }, (_, at) => code('beta', `B${at}`, { concepts: ['timeout', 'auth'] })),
			...Array.from({ length: 6 }, (_, at) => code('gamma', `G${at}`, { concepts: ['auth'] })),
		];
		const partners = partnersOf(items);
		for (const [slug, others] of partners) {
			// Every code here has more than pairsOffered equivalents.
			expect(others.length, slug).toBeLessThanOrEqual(pairsOfferedAmongMany);
			for (const other of others) expect(partners.get(other), `${other} offers ${slug} back`).toContain(slug);
		}
		const sorted = (map: Map<string, string[]>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1));
		expect(sorted(partnersOf([...items].reverse()))).toEqual(sorted(partners));
	});
});
