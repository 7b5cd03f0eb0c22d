// The cross-protocol views against the content they come from: concepts, the matrix, concept pages,
// equivalents on code pages, and the all-codes table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { matrixCellShown } from '../../src/lib/pages/compare-index';
import { triageRowsShown } from '../../src/lib/pages/triage';
import { distRoot, page } from '../support/dist';
import { catalogue } from '../support/catalogue';

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
		const links = page('/stt/0x0105/').querySelectorAll('#equivalent-codes + ul a').map((a) => a.getAttribute('href'));
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

	it('code pages list as equivalent only codes that both mean the concept, and the rest as related', () => {
		for (const entry of entries) {
			const html = page(entry.path);
			const equivalent = html.querySelectorAll('#equivalent-codes + ul li > a').map((a) => a.getAttribute('href'));
			for (const href of equivalent) {
				const other = entries.find((candidate) => candidate.path === href)!;
				const shared = entry.data.concepts.filter((link) => link.relation === 'exact' && linkOf(other, link.id)?.relation === 'exact');
				expect(shared.length, `${entry.path} lists ${href} as equivalent`).toBeGreaterThan(0);
			}
			const related = html.querySelectorAll('#related-codes-elsewhere + ul li');
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
