/**
 * Says why a code-shaped text names no code: "STT has no 0x09XX category; its categories run 0x01XX
 * to 0x06XX", "TWAMP's codes are 0 to 5". Built from each protocol's category ranges and codes.
 */
import type { ResolverSource } from './resolve';
import { spellingKey } from './spellings';

/** What a protocol's codes look like. */
export interface ProtocolSpace {
	/** The category ranges as the source writes them, `0x01XX` or `1xxx`, in the source's order. */
	ranges: { range: string; name: string }[];
	/** For a protocol whose codes are all small whole numbers: the lowest and the highest. */
	numbers?: [number, number];
}

/** The space of a protocol from its categories and codes. */
export function protocolSpace(categories: readonly { name: string; range?: string | undefined }[], codes: readonly string[]): ProtocolSpace {
	const ranges = categories.flatMap((category) => (category.range && /^(?:0x)?[0-9a-f]*[Xx]+$/i.test(category.range) ? [{ range: category.range, name: category.name }] : []));
	const numeric = codes.length > 0 && codes.every((code) => /^\d{1,3}$/.test(code));
	const values = numeric ? codes.map(Number) : [];
	return numeric ? { ranges, numbers: [Math.min(...values), Math.max(...values)] } : { ranges };
}

/** `0x01XX` → a pattern for its codes; `family` drops the fixed digits too (any `0xNNNN`). */
function rangePattern(range: string, family: boolean): RegExp {
	const hex = /^0x/i.test(range);
	const digit = hex ? '[0-9a-f]' : '\\d';
	const body = (hex ? range.slice(2) : range)
		.split('')
		.map((char) => (/[Xx]/.test(char) || family ? digit : char))
		.join('');
	return new RegExp(`^${hex ? '0x' : ''}${body}$`, 'i');
}

/** The token's own range label, written like `range`: `0x0999` against `0x01XX` → `0x09XX`. */
function labelLike(token: string, range: string): string {
	const wild = range.length - range.replace(/[Xx]+$/, '').length;
	return token.slice(0, token.length - wild) + range.slice(range.length - wild);
}

/** The code-shaped part of a text: the whole text when it is one token, else the first hex or number in it. */
function codeToken(text: string): string | undefined {
	const trimmed = text.trim();
	if (/^(?:0x[0-9a-f]+(?:[_.-]\d{2})?|\d{1,6})$/i.test(trimmed)) return trimmed.toLowerCase();
	return undefined;
}

/**
 * The lowest and the highest code (lower case) of each of a space's ranges: none, one, or two codes.
 * What the resolver says of a range that lacks a code, kept apart so a small piece of the index carries it.
 */
export function rangeSpans(space: ProtocolSpace, codes: readonly string[]): string[][] {
	const lower = codes.map((code) => code.toLowerCase());
	return space.ranges.map(({ range }) => {
		const inRange = lower.filter((code) => rangePattern(range, false).test(code)).sort();
		return inRange.length === 0 ? [] : inRange.length === 1 ? [inRange[0]!] : [inRange[0]!, inRange.at(-1)!];
	});
}

export function explainMiss(source: ResolverSource, text: string, only: number): { message: string; codeShaped: boolean } | undefined {
	const token = codeToken(text);
	if (!token) return undefined;
	const base = token.replace(/[_.-]\d{2}$/, '');
	const messages: string[] = [];
	source.protocols.forEach((protocol, protocolIndex) => {
		if (only !== -1 && only !== protocolIndex) return;
		const { ranges, numbers } = protocol.space;
		// A code's own spelling is one of its keys, so the codes a key names settle whether the protocol has it.
		const has = (code: string) =>
			(source.keyHits(spellingKey(code)) ?? []).some((codeIndex) => source.protocolOf(codeIndex) === protocolIndex && source.code(codeIndex)[1].toLowerCase() === code);
		if (ranges.length > 0 && ranges.some((range) => rangePattern(range.range, true).test(base))) {
			const rangeIndex = ranges.findIndex((candidate) => rangePattern(candidate.range, false).test(base));
			const first = ranges[0]!.range;
			const last = ranges.at(-1)!.range;
			if (rangeIndex === -1) {
				messages.push(`${protocol.name} has no ${labelLike(base, first)} range; its categories run ${first} to ${last}.`);
			} else if (!has(token)) {
				const range = ranges[rangeIndex]!;
				const inRange = source.span(protocolIndex, rangeIndex);
				const span = inRange.length === 0 ? 'no codes' : inRange.length === 1 ? `only ${inRange[0]}` : `${inRange[0]} to ${inRange.at(-1)}`;
				messages.push(`${protocol.name}’s ${range.range} category (${range.name}) has no ${token}: its codes there are ${span}.`);
			}
		} else if (numbers && /^\d+$/.test(token) && (only !== -1 || token.length <= 3) && !has(String(Number(token)))) {
			messages.push(`${protocol.name}’s codes are ${numbers[0]} to ${numbers[1]}.`);
		}
	});
	return messages.length > 0 ? { message: messages.join(' '), codeShaped: true } : undefined;
}
