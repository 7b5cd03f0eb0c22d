import { describe, expect, it } from 'vitest';
import { compareKeys, inOrder, sortByCategoryThenCode } from '../../src/lib/order';

describe('inOrder', () => {
	it('orders references and content entries alike by their order', () => {
		expect(inOrder([{ id: 'b', order: 2 }, { id: 'a', order: 1 }]).map((item) => item.id)).toEqual(['a', 'b']);
		expect(inOrder([{ id: 'b', data: { order: 2 } }, { id: 'a', data: { order: 1 } }]).map((item) => item.id)).toEqual(['a', 'b']);
	});

	it('breaks ties by id, whatever order the items arrive in', () => {
		const items = [
			{ id: 'twamp', order: 1 },
			{ id: 'dtp', order: 1 },
			{ id: 'stt', order: 0 },
			{ id: 'm2m', order: 1 },
		];
		const expected = ['stt', 'dtp', 'm2m', 'twamp'];
		expect(inOrder(items).map((item) => item.id)).toEqual(expected);
		expect(inOrder([...items].reverse()).map((item) => item.id)).toEqual(expected);
	});

	it('is total: ids equal but for case still come out in one fixed order', () => {
		const items = [{ id: 'a', order: 1 }, { id: 'A', order: 1 }];
		expect(inOrder(items).map((item) => item.id)).toEqual(['A', 'a']);
		expect(inOrder([...items].reverse()).map((item) => item.id)).toEqual(['A', 'a']);
		expect(compareKeys({ rank: 1, id: 'a' }, { rank: 1, id: 'a' })).toBe(0);
	});

	it('compares ids numerically where they are numbers', () => {
		expect(inOrder([{ id: 'step-10', order: 0 }, { id: 'step-2', order: 0 }]).map((item) => item.id)).toEqual(['step-2', 'step-10']);
	});

	it('leaves its input as it was', () => {
		const items = [{ id: 'b', order: 2 }, { id: 'a', order: 1 }];
		inOrder(items);
		expect(items.map((item) => item.id)).toEqual(['b', 'a']);
	});
});

describe('sortByCategoryThenCode', () => {
	it('orders codes by category as given, then numerically by code, unknown categories last', () => {
		const codes = [
			{ code: '10', categories: ['server'] },
			{ code: '2', categories: ['server'] },
			{ code: '7', categories: ['client'] },
			{ code: '1', categories: ['other'] },
		];
		expect(sortByCategoryThenCode(codes, ['client', 'server']).map((entry) => entry.code)).toEqual(['7', '2', '10', '1']);
	});

	it('puts codes that differ only in case in one fixed order', () => {
		const codes = [
			{ code: '0xa', categories: ['c'] },
			{ code: '0xA', categories: ['c'] },
		];
		expect(sortByCategoryThenCode(codes, ['c']).map((entry) => entry.code)).toEqual(['0xA', '0xa']);
		expect(sortByCategoryThenCode([...codes].reverse(), ['c']).map((entry) => entry.code)).toEqual(['0xA', '0xa']);
	});
});
