/** The order codes are listed in: by category as the source orders them, then by code. */

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Compares codes numerically where they are numbers (`2` before `10`) and by text otherwise. */
export function compareCodes(a: string, b: string): number {
	return collator.compare(a, b);
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
	return [...entries].sort((a, b) => rank(a) - rank(b) || compareCodes(a.code, b.code));
}
