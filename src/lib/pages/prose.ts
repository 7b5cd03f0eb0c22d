/** Counts and lists in the words of a sentence, so that prose about the protocols follows the data. */

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** `5` → `five`; figures above twelve stay figures. */
export function countInWords(count: number): string {
	return numberWords[count] ?? String(count);
}

/** `['A', 'B', 'C']` → `A, B and C` (or `A, B or C`). */
export function listInWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** `the five protocols`, `the one protocol`. */
export function theProtocols(count: number): string {
	return `the ${countInWords(count)} ${count === 1 ? 'protocol' : 'protocols'}`;
}

export function capitalised(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
