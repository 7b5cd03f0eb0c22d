// src/lib/relations.ts: each relation of a code to a concept is told by a symbol and words, never by colour alone.
import { describe, expect, it } from 'vitest';
import { conceptIdsOf, linkTo, relationMarks, relationValues } from '../../src/lib/relations';

describe('relationMarks', () => {
	it('has a mark for every relation the schema allows, and no other', () => {
		expect(Object.keys(relationMarks).sort()).toEqual([...relationValues].sort());
	});

	it('tells the relations apart by symbol and by label', () => {
		const marks = Object.values(relationMarks);
		expect(new Set(marks.map((mark) => mark.symbol)).size).toBe(marks.length);
		expect(new Set(marks.map((mark) => mark.label)).size).toBe(marks.length);
		for (const mark of marks) expect(mark.description.length).toBeGreaterThan(5);
	});

	it('calls only an exact link "equivalent"', () => {
		for (const [relation, mark] of Object.entries(relationMarks)) expect(mark.label === 'equivalent', relation).toBe(relation === 'exact');
	});
});

describe('conceptIdsOf and linkTo', () => {
	const data = {
		concepts: [
			{ id: 'timeout', relation: 'exact' as const },
			{ id: 'connection-refused', relation: 'related' as const, caveat: 'only when the peer closes' },
		],
	};

	it('lists the concept ids in the entry’s order', () => {
		expect(conceptIdsOf(data)).toEqual(['timeout', 'connection-refused']);
		expect(conceptIdsOf({ concepts: [] })).toEqual([]);
	});

	it('finds the link to one concept, caveat included', () => {
		expect(linkTo(data, 'connection-refused')).toEqual({ id: 'connection-refused', relation: 'related', caveat: 'only when the peer closes' });
		expect(linkTo(data, 'rate-limited')).toBeUndefined();
	});
});
