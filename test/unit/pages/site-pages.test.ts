// The pages about every protocol at once: the home page, /codes/, /compare/ and /triage/. Their prose follows the data.
import { describe, expect, it } from 'vitest';
import { codeRowShards, codeRowsShard, codesPage, firstScreenRows, rowShardJson } from '../../../src/lib/pages/codes';
import { compareIndexPage, matrixCellShown } from '../../../src/lib/pages/compare-index';
import { homePage } from '../../../src/lib/pages/home';
import { triagePage, triageRowShards, triageRowsShard } from '../../../src/lib/pages/triage';
import { code, concept, protocol } from './fixture';

const protocols = [protocol('gamma', 'Gamma', 3), protocol('alpha', 'Alpha', 1), protocol('beta', 'Beta', 2)];
const concepts = [concept('timeout', 'Timeout', 2), concept('auth', 'Auth', 1)];
const errors = [code('beta', 'B1', { concepts: ['auth'] }), code('alpha', '2'), code('alpha', '1', { concepts: ['timeout'] }), code('gamma', 'G1')];

describe('homePage', () => {
	it('lists the protocols in order with their number of codes, and names them all in the description', () => {
		const page = homePage(protocols, errors);
		expect(page.protocols.map((p) => [p.id, p.codeCount])).toEqual([
			['alpha', 2],
			['beta', 1],
			['gamma', 1],
		]);
		expect(page.codeCount).toBe(4);
		expect(page.description).toBe('What every error code of Alpha, Beta, Gamma means, and what to do about it: 4 codes.');
	});
});

describe('codesPage', () => {
	it('lists every code protocol by protocol, and concepts in concept order', () => {
		const page = codesPage(protocols, concepts, errors);
		expect(page.entries.map((entry) => `${entry.protocol}/${entry.data.code}`)).toEqual(['alpha/1', 'alpha/2', 'beta/B1', 'gamma/G1']);
		expect([...page.protocols.keys()]).toEqual(['alpha', 'beta', 'gamma']);
		expect([...page.concepts.keys()]).toEqual(['auth', 'timeout']);
		expect(page.protocolsInWords).toBe('the three protocols');
		expect(page.caption).toBe('All 4 codes');
	});

	it('holds the first screenful of rows in its HTML, and names a shard and a complete table per protocol', () => {
		const page = codesPage(protocols, concepts, errors);
		expect(page.firstRows).toBe(4);
		expect(page.entries.filter(page.rows)).toHaveLength(4);
		expect(page.shards).toEqual([
			{ protocol: 'alpha', name: 'Alpha', count: 2, path: '/codes/rows/alpha.json', table: '/alpha/#all-codes' },
			{ protocol: 'beta', name: 'Beta', count: 1, path: '/codes/rows/beta.json', table: '/beta/#all-codes' },
			{ protocol: 'gamma', name: 'Gamma', count: 1, path: '/codes/rows/gamma.json', table: '/gamma/#all-codes' },
		]);
	});

	it('keeps its HTML to the first screenful however many codes there are', () => {
		const many = Array.from({ length: 3 * firstScreenRows }, (_, i) => code(['alpha', 'beta', 'gamma'][i % 3]!, String(1000 + i)));
		const page = codesPage(protocols, concepts, many);
		const held = page.entries.filter(page.rows);
		expect(page.firstRows).toBe(firstScreenRows);
		expect(held).toEqual(page.entries.slice(0, firstScreenRows));
	});
});

describe('codeRowsShard', () => {
	it('holds exactly one protocol’s rows, each at its place in the whole order', () => {
		const shard = codeRowsShard(protocols, concepts, errors, 'beta');
		expect(shard.entries.filter(shard.rows).map((entry) => entry.data.code)).toEqual(['B1']);
		// alpha/1 and alpha/2 come first in the whole table.
		expect(shard.orderFrom).toBe(2);
		expect(codesPage(protocols, concepts, errors).orderFrom).toBe(0);
	});

	it('comes out the same one by one or all at once, one per protocol', () => {
		const all = codeRowShards(protocols, concepts, errors);
		expect([...all.keys()]).toEqual(['alpha', 'beta', 'gamma']);
		for (const [id, shard] of all) expect(shard.entries).toEqual(codeRowsShard(protocols, concepts, errors, id).entries);
		expect(all.get('gamma')!.orderFrom).toBe(3);
		const triage = triageRowShards(protocols, errors);
		expect(triage.get('beta')).toEqual(triageRowsShard(protocols, errors, 'beta'));
	});
});

describe('triageRowsShard', () => {
	it('holds one protocol’s codes of each situation, each at its place in the situation', () => {
		const page = triagePage(protocols, errors);
		const shard = triageRowsShard(protocols, errors, 'gamma');
		expect(shard.groups.map((group) => group.situation.id)).toEqual(page.groups.map((group) => group.situation.id));
		for (const [position, group] of shard.groups.entries()) {
			const whole = page.groups[position]!.entries;
			expect(group.entries).toEqual(whole.filter((entry) => entry.protocol === 'gamma'));
			group.entries.forEach((entry, index) => expect(whole[group.orderFrom + index]).toEqual(entry));
		}
	});
});

describe('rowShardJson', () => {
	it('keeps the body rows of a rendered table and nothing around them', () => {
		const json = JSON.parse(rowShardJson('beta', '<form></form><table><thead><tr><th>Code</th></tr></thead><tbody><tr data-order="2"><td>B1</td></tr></tbody></table><script src="/x.js"></script>'));
		expect(json).toEqual({ protocol: 'beta', rows: '<tr data-order="2"><td>B1</td></tr>' });
		expect(() => rowShardJson('beta', '<p>no table</p>')).toThrow(/no table body/);
	});
});

describe('compareIndexPage', () => {
	const page = compareIndexPage(protocols, concepts, errors);

	it('counts and names the protocols from the data', () => {
		expect(page.description).toBe(
			'The same troubles under three names: each concept with the codes of Alpha, Beta and Gamma that stand for it, and the three error models side by side.',
		);
		expect(page.protocolsInWords).toBe('The three protocols');
	});

	it('builds the matrix and one error model per protocol, in protocol order', () => {
		expect(page.rows.map((row) => row.concept.id)).toEqual(['auth', 'timeout']);
		expect(page.rows[0]!.cells.map((cell) => cell.protocol.id)).toEqual(['alpha', 'beta', 'gamma']);
		expect(page.models.map((model) => [model.id, model.codeCount])).toEqual([
			['alpha', 2],
			['beta', 1],
			['gamma', 1],
		]);
	});
});

describe('compareIndexPage, in a large catalogue', () => {
	it('names the first codes of a full cell and links to the concept page for every one', () => {
		const many = Array.from({ length: matrixCellShown + 3 }, (_, i) => code('alpha', String(100 + i), { concepts: ['timeout'] }));
		const page = compareIndexPage(protocols, concepts, [...many, code('beta', 'B1', { concepts: ['timeout'] })]);
		const row = page.rows.find((candidate) => candidate.concept.id === 'timeout')!;
		const [alpha, beta] = row.cells;
		expect(alpha!.entries).toHaveLength(matrixCellShown + 3);
		expect(alpha!.shown.map((entry) => entry.data.code)).toEqual(alpha!.entries.slice(0, matrixCellShown).map((entry) => entry.data.code));
		expect(alpha!.rest).toBe('/compare/timeout/#alpha');
		expect(beta!.shown.map((entry) => entry.data.code)).toEqual(['B1']);
		expect(beta!.rest).toBeUndefined();
	});
});

describe('triagePage', () => {
	it('offers the protocols in order and lists every code under its situation, with a heading per situation', () => {
		const page = triagePage(protocols, errors);
		expect(page.protocols.map((p) => p.id)).toEqual(['alpha', 'beta', 'gamma']);
		expect(page.headings.map((heading) => heading.slug)).toEqual(page.groups.map((group) => group.situation.id));
		const retryNow = page.groups.find((group) => group.entries.length > 0)!;
		expect(retryNow.entries.map((entry) => `${entry.protocol}/${entry.data.code}`)).toEqual(['alpha/1', 'alpha/2', 'beta/B1', 'gamma/G1']);
		expect(page.protocolNames.get('beta')).toBe('Beta');
	});
});
