/**
 * The one order everything on the site is listed in: protocols and concepts by their `order`, codes by
 * category as the source orders them and then by code. Every comparison ends on the id, so equal ranks
 * come out the same on every build and in every list.
 */

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Compares codes numerically where they are numbers (`2` before `10`) and by text otherwise. */
export function compareCodes(a: string, b: string): number {
	return collator.compare(a, b);
}

/** Where an item stands: first by `rank`, then by `id` (numerically where it is a number, then exactly). */
export interface SortKey {
	rank: number;
	id: string;
}

export function compareKeys(a: SortKey, b: SortKey): number {
	return a.rank - b.rank || compareCodes(a.id, b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A protocol, concept or guide with its own `order`: as a plain reference or as a content entry. */
export type Ranked = { id: string; order: number } | { id: string; data: { order: number } };

function keyOfRanked(item: Ranked): SortKey {
	return { rank: 'data' in item ? item.data.order : item.order, id: item.id };
}

/** A sorted copy: by `order` and then id, or by the key `keyOf` gives. */
export function inOrder<T extends Ranked>(items: readonly T[]): T[];
export function inOrder<T>(items: readonly T[], keyOf: (item: T) => SortKey): T[];
export function inOrder<T>(items: readonly T[], keyOf: (item: T) => SortKey = keyOfRanked as (item: T) => SortKey): T[] {
	return items
		.map((item) => ({ item, key: keyOf(item) }))
		.sort((a, b) => compareKeys(a.key, b.key))
		.map(({ item }) => item);
}

export interface Orderable {
	code: string;
	categories: readonly string[];
}

/** Sorts entries by the position of their first category in `categoryOrder`, then by code. */
export function sortByCategoryThenCode<T extends Orderable>(entries: readonly T[], categoryOrder: readonly string[]): T[] {
	const rank = (entry: T) => {
		const index = categoryOrder.indexOf(entry.categories[0] ?? '');
		return index === -1 ? Number.MAX_SAFE_INTEGER : index;
	};
	return inOrder(entries, (entry) => ({ rank: rank(entry), id: entry.code }));
}
