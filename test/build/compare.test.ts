// The cross-protocol views against the content they come from: concepts, the matrix, concept pages,
// equivalents on code pages, and the all-codes table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { matrixCellShown } from '../../src/lib/pages/compare-index';
import { triageRowsShown } from '../../src/lib/pages/triage';
import { builtPages, distRoot, fileForPath, page } from '../support/dist';
import { catalogue } from '../support/catalogue';
import { pairsOffered } from '../../src/lib/compare';

const entries = catalogue.entries.map(({ file, data }) => ({ protocol: file.protocol!, path: `/${file.protocol}/${file.stem}/`, data }));
const protocolIds = [...catalogue.protocols.keys()];

describe('concepts', () => {
	it('each is used by at least two protocols, or says why not', () => {
		const lonely = [...catalogue.concepts].filter(([id, concept]) => {
			const protocols = new Set(entries.filter((entry) => entry.data.concepts.some((link) => link.id === id)).map((entry) => entry.protocol));
			return protocols.size < 2 && concept.fewProtocolsReason === undefined;
		});
		expect(lonely.map(([id]) => id)).toEqual([]);
	});

	it('includes the vocabulary the comparison needs', () => {
		const names = [...catalogue.concepts.values()].map((concept) => concept.name.toLowerCase());
		for (const needed of ['connection timeout', 'version mismatch', 'rate limiting', 'graceful close', 'permission denied']) {
			expect(names.some((name) => name.includes(needed)), needed).toBe(true);
		}
		expect(catalogue.concepts.size).toBeGreaterThanOrEqual(17);
	});
});

describe('the matrix on /compare/', () => {
	const table = page('/compare/').querySelector('table.concept-matrix')!;

	it('has a column per protocol and a row per concept', () => {
		expect(table.querySelectorAll('thead th')).toHaveLength(protocolIds.length + 1);
		expect(table.querySelectorAll('tbody tr')).toHaveLength(catalogue.concepts.size);
	});

	it('lists in every cell exactly the codes the content maps there, and says how many', () => {
		for (const [id] of catalogue.concepts) {
			const row = table.querySelector(`tr#concept-${id}`)!;
			const cells = row.querySelectorAll('td');
			const ordered = [...catalogue.protocols].sort(([, a], [, b]) => a.order - b.order).map(([protocolId]) => protocolId);
			ordered.forEach((protocolId, index) => {
				const expected = entries.filter((entry) => entry.protocol === protocolId && entry.data.concepts.some((link) => link.id === id)).map((entry) => entry.path);
				const linked = cells[index]!.querySelectorAll('li a').map((a) => a.getAttribute('href'));
				// A full cell names its first codes and links to the concept page, which lists them all.
				const rest = cells[index]!.querySelector('a.cell-rest')?.getAttribute('href');
				if (expected.length > matrixCellShown) {
					expect(linked, `${id} × ${protocolId}`).toHaveLength(matrixCellShown);
					expect(expected, `${id} × ${protocolId}`).toEqual(expect.arrayContaining(linked));
					expect(rest).toBe(`/compare/${id}/#${protocolId}`);
					expect(page(`/compare/${id}/`).querySelector(`#${protocolId}`)).not.toBeNull();
				} else {
					expect(linked.sort(), `${id} × ${protocolId}`).toEqual(expected.sort());
					expect(rest).toBeUndefined();
				}
				expect(Number(cells[index]!.getAttribute('data-count'))).toBe(expected.length);
				expect(cells[index]!.text, `${id} × ${protocolId}`).toContain(expected.length === 0 ? '—' : String(expected.length));
			});
		}
	});

	it('sets the error models of all five protocols side by side', () => {
		const models = page('/compare/').querySelector('table.error-models')!;
		expect(models.querySelectorAll('thead th a').map((a) => a.getAttribute('href')).sort()).toEqual(protocolIds.map((id) => `/${id}/`).sort());
		expect(models.querySelectorAll('tbody tr').length).toBeGreaterThanOrEqual(5);
	});
});

describe('concept pages', () => {
	it.each([...catalogue.concepts.keys()])('/compare/%s/ shows every code of the concept with its meaning and whether to retry', (id) => {
		const html = page(`/compare/${id}/`);
		const expected = entries.filter((entry) => entry.data.concepts.some((link) => link.id === id));
		const cards = html.querySelectorAll('.concept-code');
		expect(cards.map((card) => card.querySelector('a')?.getAttribute('href')).sort()).toEqual(expected.map((entry) => entry.path).sort());
		for (const card of cards) expect(card.querySelector('.retry-value')).not.toBeNull();
		expect(html.querySelector('#differences')).not.toBeNull();
	});
});

describe('code pages', () => {
	it('show equivalents in other protocols through their concepts', () => {
		// STT 0x0105, Open Stream version_mismatch and M2M's VERSION_MISMATCH each mean a version mismatch.
		const links = page('/stt/0x0105/').querySelectorAll('.section-heading:has(> #equivalent-codes) + ul a').map((a) => a.getAttribute('href'));
		expect(links).toContain('/open-stream/version_mismatch/');
		expect(links).toContain('/m2m/reject-version_mismatch/');
		expect(links.every((href) => !href?.startsWith('/stt/0x'))).toBe(true);
	});

	it('list equivalents exactly when another protocol shares a concept', () => {
		for (const entry of entries) {
			const shares = entries.some((other) => other.protocol !== entry.protocol && other.data.concepts.some((link) => entry.data.concepts.some((own) => own.id === link.id)));
			expect(page(entry.path).querySelector('#equivalents') !== null, entry.path).toBe(shares);
		}
	});
});

describe('/codes/', () => {
	const rowsOf = (html: string) => parse(`<table><tbody>${html}</tbody></table>`).querySelectorAll('tr');
	const hrefOf = (row: ReturnType<typeof rowsOf>[number]) => row.querySelector('th a')?.getAttribute('href');

	it('holds its first rows, and its shards hold every code once, each in its protocol’s shard', () => {
		const own = page('/codes/').querySelectorAll('table.code-table tbody tr');
		expect(own.length).toBeGreaterThan(0);
		expect(own.length).toBeLessThan(entries.length);
		const shards = JSON.parse(page('/codes/').querySelector('[data-code-table]')!.getAttribute('data-shards')!) as Record<string, string>;
		const shardRows = Object.entries(shards).flatMap(([protocol, path]) => {
			const shard = JSON.parse(readFileSync(join(distRoot, path), 'utf8')) as { protocol: string; rows: string };
			expect(shard.protocol).toBe(protocol);
			const rows = rowsOf(shard.rows);
			for (const row of rows) expect(row.getAttribute('data-protocol')).toBe(protocol);
			return rows;
		});
		expect(shardRows.map(hrefOf).sort()).toEqual(entries.map((entry) => entry.path).sort());
		// The page's rows are the same rows, in the same place of the order, as the shards'.
		const byOrder = new Map(shardRows.map((row) => [row.getAttribute('data-order'), row.outerHTML]));
		for (const row of own) expect(row.outerHTML).toBe(byOrder.get(row.getAttribute('data-order')));
	});

	it('links, without JavaScript, to every protocol table, which together list every code', () => {
		const links = page('/codes/').querySelectorAll('.codes-complete a').map((link) => link.getAttribute('href')!);
		const listed = links.flatMap((href) => page(href.split('#')[0]!).querySelectorAll('#all-codes ~ [data-code-table] table.code-table tbody tr').map(hrefOf));
		expect(listed.sort()).toEqual(entries.map((entry) => entry.path).sort());
	});
});

describe('/triage/', () => {
	it('holds each situation’s first codes, and its shards hold every code of each protocol, in no other protocol’s shard', () => {
		const triage = page('/triage/');
		const shards = JSON.parse(triage.querySelector('form.triage-filter')!.getAttribute('data-shards')!) as Record<string, string>;
		expect(Object.keys(shards).sort()).toEqual(protocolIds.slice().sort());
		const listed = new Set<string>();
		for (const [protocol, path] of Object.entries(shards)) {
			const shard = JSON.parse(readFileSync(join(distRoot, path), 'utf8')) as { protocol: string; groups: Record<string, string> };
			expect(shard.protocol).toBe(protocol);
			expect(Object.keys(shard.groups).sort()).toEqual(triage.querySelectorAll('section.triage-group').map((section) => section.getAttribute('data-situation')!).sort());
			for (const markup of Object.values(shard.groups)) {
				for (const row of parse(`<table><tbody>${markup}</tbody></table>`).querySelectorAll('tr')) {
					expect(row.getAttribute('data-protocol')).toBe(protocol);
					listed.add(row.querySelector('th a')!.getAttribute('href')!);
				}
			}
		}
		expect([...listed].sort()).toEqual(entries.map((entry) => entry.path).sort());
		for (const section of triage.querySelectorAll('section.triage-group')) expect(section.querySelectorAll('tbody tr').length).toBeLessThanOrEqual(triageRowsShown);
	});
});

describe('typed relations', () => {
	const linkOf = (entry: (typeof entries)[number], concept: string) => entry.data.concepts.find((link) => link.id === concept);

	it('the matrix marks each code with its relation, in words as well as by a symbol', () => {
		const table = page('/compare/').querySelector('table.concept-matrix')!;
		for (const [id] of catalogue.concepts) {
			for (const item of table.querySelectorAll(`tr#concept-${id} li`)) {
				const href = item.querySelector('a')?.getAttribute('href');
				const entry = entries.find((candidate) => candidate.path === href)!;
				const relation = linkOf(entry, id)!.relation;
				expect(item.classList.contains(`relation-${relation}`), `${id} ${href}`).toBe(true);
				expect(item.querySelector('.sr-only')?.text, `${id} ${href}`).toMatch(/equivalent|special case|covers more|related/);
			}
		}
	});

	it('the matrix fills each cell by its closest code, and says so in signs and words, never by fill alone', () => {
		const html = page('/compare/');
		const table = html.querySelector('table.concept-matrix')!;
		const closeness = ['exact', 'narrower', 'broader', 'related'];
		const heatOf = { exact: 'exact', narrower: 'partial', broader: 'partial', related: 'related' } as Record<string, string>;
		const signOf = { exact: '=', narrower: '⊂', broader: '⊃', related: '~' } as Record<string, string>;
		for (const [id] of catalogue.concepts) {
			for (const cell of table.querySelectorAll(`tr#concept-${id} td`)) {
				// Judged from the content, not from the codes the cell has room to name.
				const ordered = [...catalogue.protocols].sort(([, a], [, b]) => a.order - b.order).map(([protocolId]) => protocolId);
				const protocolId = ordered[cell.parentNode!.querySelectorAll('td').indexOf(cell)]!;
				const linked = entries.filter((entry) => entry.protocol === protocolId && linkOf(entry, id) !== undefined);
				const closest = closeness.find((relation) => linked.some((entry) => linkOf(entry, id)?.relation === relation));
				expect(cell.getAttribute('data-heat'), `${id} ${cell.getAttribute('data-label')}`).toBe(closest ? heatOf[closest] : 'none');
				expect(cell.classList.contains(`heat-${closest ? heatOf[closest] : 'none'}`)).toBe(true);
				if (closest) {
					expect(cell.querySelector('.heat-mark')!.text).toBe(signOf[closest]);
					expect(cell.querySelector('.count .sr-only')!.text).toMatch(/closest match: (equivalent|special case|covers more|related)/);
				}
			}
		}
		const legend = html.querySelector('#matrix-legend')!.text;
		for (const words of ['equivalent', 'special case', 'covers more', 'related', 'none']) expect(legend).toContain(words);
	});

	it('code pages list as equivalent only codes that both mean the concept, and the rest as related', () => {
		for (const entry of entries) {
			const html = page(entry.path);
			const equivalent = html.querySelectorAll('.section-heading:has(> #equivalent-codes) + ul li > a:not(.compare-pair)').map((a) => a.getAttribute('href'));
			for (const href of equivalent) {
				const other = entries.find((candidate) => candidate.path === href)!;
				const shared = entry.data.concepts.filter((link) => link.relation === 'exact' && linkOf(other, link.id)?.relation === 'exact');
				expect(shared.length, `${entry.path} lists ${href} as equivalent`).toBeGreaterThan(0);
			}
			const related = html.querySelectorAll('.section-heading:has(> #related-codes-elsewhere) + ul li');
			for (const item of related) expect(item.querySelector('.relation')?.text ?? '', `${entry.path}: ${item.text}`).not.toBe('');
		}
	});

	it('every link that is not exact says how it is loose, on the concept page', () => {
		for (const entry of entries) {
			for (const link of entry.data.concepts.filter((candidate) => candidate.relation !== 'exact')) {
				expect(page(`/compare/${link.id}/`).text, `${entry.path} → ${link.id}`).toContain(link.caveat!.replace(/`/g, ''));
			}
		}
	});
});

describe('two codes side by side', () => {
	const linkOf = (entry: (typeof entries)[number], concept: string) => entry.data.concepts.find((link) => link.id === concept);
	const bothMean = (a: (typeof entries)[number], b: (typeof entries)[number]) => a.data.concepts.some((link) => link.relation === 'exact' && linkOf(b, link.id)?.relation === 'exact');
	const pairLinks = entries.flatMap((entry) => page(entry.path).querySelectorAll('.section-heading:has(> #equivalent-codes) + ul a.compare-pair').map((a) => ({ entry, href: a.getAttribute('href')! })));
	const pairPaths = builtPages().filter((path) => /^\/compare\/[^/]+\/[^/]+\/[^/]+\/[^/]+\/$/.test(path));
	const sidesOf = (path: string) => {
		const [, , p1, s1, p2, s2] = path.split('/');
		return [entries.find((entry) => entry.path === `/${p1}/${s1}/`)!, entries.find((entry) => entry.path === `/${p2}/${s2}/`)!] as const;
	};

	it('every code page offers a few of its equivalents, all when it has few, each offering it back, and every such link leads to a built page', () => {
		// STT 0x0105 means a version mismatch, as DTP 7001 does.
		expect(pairLinks.map((link) => link.href)).toContain('/compare/stt/0x0105/dtp/7001/');
		const offersOf = new Map<string, Set<string>>();
		for (const entry of entries) {
			const equivalents = page(entry.path).querySelectorAll('.section-heading:has(> #equivalent-codes) + ul li');
			const others = new Set(equivalents.map((item) => item.querySelector('a')!.getAttribute('href')));
			const offered = equivalents.filter((item) => item.querySelector('a.compare-pair'));
			const offeredCodes = new Set(offered.map((item) => item.querySelector('a')!.getAttribute('href')!));
			offersOf.set(entry.path, offeredCodes);
			expect(offeredCodes.size, entry.path).toBeLessThanOrEqual(pairsOffered);
			// A code with few equivalents (every code of the real catalogue) offers every one of them.
			if (others.size <= pairsOffered) expect(offeredCodes.size, entry.path).toBe(others.size);
			for (const item of offered) {
				const other = item.querySelector('a')!.getAttribute('href');
				// One address a pair: the two codes' paths, their protocols in order.
				const otherProtocol = other!.split('/')[1]!;
				const first = catalogue.protocols.get(entry.protocol)!.order < catalogue.protocols.get(otherProtocol)!.order;
				const expected = first ? `/compare${entry.path}${other!.slice(1)}` : `/compare${other}${entry.path.slice(1)}`;
				expect(item.querySelector('a.compare-pair')?.getAttribute('href'), `${entry.path} → ${other}`).toBe(expected);
			}
		}
		// Offers are mutual: the other code's page links to the same pair page.
		for (const [path, offered] of offersOf) for (const other of offered) expect(offersOf.get(other)?.has(path), `${other} offers ${path} back`).toBe(true);
		for (const { entry, href } of pairLinks) expect(fileForPath(href), `${entry.path} → ${href}`).toBeDefined();
	});

	it('exist only for pairs a code page offers, of codes of two protocols that both mean a concept, once each, their protocols in order', () => {
		const orderOf = (protocol: string) => catalogue.protocols.get(protocol)!.order;
		expect(pairPaths.length).toBeGreaterThan(0);
		// No page that no page links to: the pages are exactly the offers, each shared by the pair's two codes.
		expect([...new Set(pairLinks.map((link) => link.href))].sort()).toEqual([...pairPaths].sort());
		expect(pairPaths.length).toBeLessThanOrEqual((entries.length * pairsOffered) / 2);
		for (const path of pairPaths) {
			const [a, b] = sidesOf(path);
			expect(a && b, path).toBeTruthy();
			expect(a.protocol, path).not.toBe(b.protocol);
			expect(bothMean(a, b), path).toBe(true);
			expect(orderOf(a.protocol), path).toBeLessThan(orderOf(b.protocol));
			expect(pairPaths, path).not.toContain(`/compare${b.path}${a.path.slice(1)}`);
		}
	});

	it('are their own canonical address', () => {
		for (const path of pairPaths) {
			const links = page(path).querySelectorAll('link[rel="canonical"]');
			expect(links, path).toHaveLength(1);
			expect(new URL(links[0]!.getAttribute('href')!).pathname, path).toBe(path);
		}
	});

	it('hold both codes’ facts row by row, each labelled, without JavaScript', () => {
		for (const path of pairPaths) {
			const html = page(path);
			const [a, b] = sidesOf(path);
			for (const heading of ['why-compared', 'meaning', 'causes', 'what-to-do-now', 'steps', 'delivery']) expect(html.querySelector(`h2#${heading}`), `${path} #${heading}`).not.toBeNull();
			const text = (selector: string) => html.querySelector(selector)!.text.replace(/\s+/g, ' ');
			const plain = (value: string) => value.replace(/`/g, '').replace(/\s+/g, ' ').trim();
			const heads = html.querySelectorAll('.pair-heads .pair-code a').map((link) => link.getAttribute('href'));
			expect(heads, path).toEqual([a.path, b.path]);
			for (const [position, entry] of [a, b].entries()) {
				const protocolName = catalogue.protocols.get(entry.protocol)!.name;
				for (const row of ['meaning', 'causes', 'what-to-do-now', 'steps', 'delivery']) {
					const cell = html.querySelectorAll(`section[aria-labelledby="${row}"] .pair-cell`)[position]!;
					expect(cell.querySelector('.pair-label')!.text, `${path} ${row}`).toBe(`${protocolName} ${entry.data.code}`);
				}
				expect(text('section[aria-labelledby="meaning"]'), path).toContain(plain(entry.data.meaning));
				for (const cause of entry.data.causes) expect(text('section[aria-labelledby="causes"]'), path).toContain(plain(cause));
				expect(text('section[aria-labelledby="what-to-do-now"]'), path).toContain(plain(entry.data.action.first));
				for (const step of entry.data.actions?.steps ?? []) expect(text('section[aria-labelledby="steps"]'), path).toContain(plain(step));
				const carriers = catalogue.protocols.get(entry.protocol)!.delivery.filter((carrier) => carrier.kinds === undefined || carrier.kinds.includes(entry.data.kind));
				for (const carrier of carriers) expect(text('section[aria-labelledby="delivery"]'), path).toContain(carrier.name);
			}
			const shared = a.data.concepts.filter((link) => link.relation === 'exact' && linkOf(b, link.id)?.relation === 'exact');
			for (const link of shared) expect(html.querySelector(`#why-compared + ul a[href="/compare/${link.id}/"]`), `${path} ${link.id}`).not.toBeNull();
		}
	});

	it('are listed in the linking guide, with an example that leads to a built page', () => {
		const examples = page('/guides/linking/').querySelectorAll('a').map((a) => a.getAttribute('href') ?? '').filter((href) => pairPaths.includes(href));
		expect(examples).toContain('/compare/stt/0x0105/dtp/7001/');
		expect(page('/guides/urls/').text).toContain('/compare/<protocol>/<slug>/<protocol>/<slug>/');
	});

	it('M2M codes are delivered by the carrier of their kind only', () => {
		const html = page('/compare/stt/0x0105/m2m/reject-version_mismatch/');
		const m2m = html.querySelectorAll('section[aria-labelledby="delivery"] .pair-cell')[1]!.text;
		expect(m2m).toContain('REJECT message');
		expect(m2m).not.toContain('CLOSE message');
		expect(m2m).not.toContain('Proxy HTTP response');
	});
});
