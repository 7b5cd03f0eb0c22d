import { describe, expect, it } from 'vitest';
import { cellHeat, conceptMatrix, equivalentsOf, retryExpression } from '../../src/lib/compare';
import { CatalogueIndex, type CatalogueEntry } from '../../src/lib/catalogue';

const entry = (protocol: string, code: string, concepts: string[], origin: 'source' | 'site' = 'site'): CatalogueEntry =>
	({ protocol, slug: code.toLowerCase(), data: { code, concepts: concepts.map((id) => ({ id, relation: 'exact' })), action: { retry: 'now', stated: origin === 'source' ? ['retry'] : [] } } }) as unknown as CatalogueEntry;

const entries = [entry('a', 'A1', ['timeout']), entry('a', 'A2', ['timeout', 'auth']), entry('b', 'B1', ['timeout']), entry('b', 'B2', [])];
const concepts = [
	{ id: 'auth', name: 'Auth', order: 2 },
	{ id: 'timeout', name: 'Timeout', order: 1 },
];
const protocols = [
	{ id: 'b', name: 'B', order: 2 },
	{ id: 'a', name: 'A', order: 1 },
];

describe('conceptMatrix', () => {
	it('orders concepts and protocols and fills each cell with its codes', () => {
		const rows = conceptMatrix(concepts, protocols, entries);
		expect(rows.map((row) => row.concept.id)).toEqual(['timeout', 'auth']);
		expect(rows[0]!.cells.map((cell) => [cell.protocol.id, cell.entries.map((e) => e.data.code)])).toEqual([
			['a', ['A1', 'A2']],
			['b', ['B1']],
		]);
		expect(rows[1]!.cells[1]!.entries).toEqual([]);
	});
});

describe('equivalentsOf', () => {
	it('finds codes of other protocols only, by shared concept', () => {
		const groups = equivalentsOf(entries[1]!, concepts, entries);
		expect(groups.map((group) => [group.concept.id, group.entries.map((e) => e.data.code)])).toEqual([['timeout', ['B1']]]);
		expect(equivalentsOf(entries[3]!, concepts, entries)).toEqual([]);
	});

	it('lists at most `limit` per concept, every protocol before any protocol twice, and counts them all', () => {
		const many = [
			entry('a', 'A1', ['timeout']),
			...['B1', 'B2', 'B3'].map((code) => entry('b', code, ['timeout'])),
			entry('a', 'A2', ['timeout']),
			entry('c', 'C1', ['timeout']),
			entry('d', 'D1', ['timeout']),
		];
		const index = new CatalogueIndex(many);
		const codes = (limit: number) => equivalentsOf(many[0]!, concepts, index, limit)[0]?.entries.map((e) => e.data.code);
		expect(codes(2)).toEqual(['B1', 'C1']);
		expect(codes(4)).toEqual(['B1', 'B2', 'C1', 'D1']);
		expect(codes(10)).toEqual(['B1', 'B2', 'B3', 'C1', 'D1']);
		expect(equivalentsOf(many[0]!, concepts, index, 2)[0]?.total).toBe(5);
	});

	it('lists pinned codes first, within the limit, each protocol’s in catalogue order', () => {
		const many = [entry('a', 'A1', ['timeout']), ...['B1', 'B2', 'B3'].map((code) => entry('b', code, ['timeout'])), entry('c', 'C1', ['timeout']), entry('d', 'D1', ['timeout'])];
		const index = new CatalogueIndex(many);
		const codes = (limit: number, pinned: CatalogueEntry[]) => equivalentsOf(many[0]!, concepts, index, limit, pinned)[0]?.entries.map((e) => e.data.code);
		expect(codes(2, [many[3]!])).toEqual(['B3', 'C1']);
		expect(codes(3, [many[3]!, many[2]!])).toEqual(['B2', 'B3', 'C1']);
		// A pinned code of no group (another concept, or the code's own protocol) takes no place.
		expect(codes(2, [entry('e', 'E1', ['auth'])])).toEqual(['B1', 'C1']);
	});
});

describe('cellHeat', () => {
	const linked = (code: string, relation: string) => ({ ...entry('a', code, []), data: { code, concepts: [{ id: 'timeout', relation }] } }) as unknown as CatalogueEntry;

	it('is the closest relation of the cell’s codes: exact, then a special case or more, then related', () => {
		expect(cellHeat([linked('1', 'related'), linked('2', 'exact'), linked('3', 'narrower')], 'timeout')).toBe('exact');
		expect(cellHeat([linked('1', 'related'), linked('2', 'broader')], 'timeout')).toBe('partial');
		expect(cellHeat([linked('1', 'narrower')], 'timeout')).toBe('partial');
		expect(cellHeat([linked('1', 'related')], 'timeout')).toBe('related');
	});

	it('is none for a cell without codes, and reads only the links to its own concept', () => {
		expect(cellHeat([], 'timeout')).toBe('none');
		expect(cellHeat([linked('1', 'related')], 'auth')).toBe('none');
	});
});

describe('retryExpression', () => {
	it('says who rated the codes', () => {
		expect(retryExpression([entry('a', 'X', [])])).toMatch(/never says whether to retry/);
		expect(retryExpression([entry('a', 'X', [], 'source')])).toMatch(/for every code/);
		expect(retryExpression([entry('a', 'X', [], 'source'), entry('a', 'Y', [])])).toMatch(/1 of 2 codes/);
	});
});
