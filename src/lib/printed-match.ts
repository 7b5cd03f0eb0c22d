/**
 * Matches a line of program output against the strings an implementation is known to print.
 * A printed string is a template: literal words, `{name}` for a value filled in at run time, and
 * `{code}` for the code's own value. Both sides are read as lower-case words, so punctuation, case
 * and the values in between do not matter; the literal words must appear in order.
 */
import { stripLogPrefix } from './read-output';

/** `{name}`: a value the program fills in. JSON's own braces hold quotes and colons, so they never read as one. */
const placeholder = /(\{[A-Za-z0-9_][\w.-]*\})/;
const placeholderAtStart = /^\{[A-Za-z0-9_][\w.-]*\}/;

/** A template's tokens: a literal word, `*` for any value, `#` for the code itself. */
export type TemplateToken = string;
export const anyValue = '*';
export const codeValue = '#';

/** Lower-case words of letters and digits: `Crypto error: AEAD` → `crypto error aead`. */
export function wordsOfText(text: string): string[] {
	return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/**
 * The part of a template a reader is sure to paste: without a log prefix the reader's logging may
 * write differently, and with an exception's bare class name (a traceback writes `pkg.mod.Error`,
 * a `print(repr(e))` does not).
 */
export function templateBody(template: string): string {
	let body = template;
	if (placeholderAtStart.test(body)) {
		const { message } = stripLogPrefix(body.replace(placeholderAtStart, '2000-01-01 00:00:00'));
		if (message.length > 0) body = message;
	}
	return body.replace(/\b(?:[a-z_]\w*\.)+(?=[A-Z]\w*(?:Error|Exception)\b)/g, '');
}

/** A template's tokens; runs of values collapse into one `*`. */
export function compileTemplate(template: string): TemplateToken[] {
	const tokens: TemplateToken[] = [];
	for (const part of templateBody(template).split(placeholder)) {
		if (placeholderAtStart.test(part) && part.endsWith('}') && !part.slice(1, -1).includes('{')) {
			const token = part === '{code}' ? codeValue : anyValue;
			if (!(token === anyValue && tokens.at(-1) === anyValue)) tokens.push(token);
		} else tokens.push(...wordsOfText(part));
	}
	return tokens;
}

export interface TemplateMatch {
	/** Literal words of the template found, in order. */
	matched: number;
	/** Literal words in the template. */
	literal: number;
	/** True when every literal word was found in order and the code slot, if any, held the code. */
	complete: boolean;
}

/**
 * How much of the template the line holds. `codeKeys` are the code's own spellings as words
 * (`2`, `0x0101`); a `#` slot matches one of them only.
 * Longest common subsequence of literal words, bounded by the template (a few dozen words) times the line.
 */
export function matchTemplate(tokens: readonly TemplateToken[], line: readonly string[], codeKeys: readonly string[]): TemplateMatch {
	const literal = tokens.filter((token) => token !== anyValue).length;
	if (literal === 0 || line.length === 0) return { matched: 0, literal, complete: false };
	const columns = line.length + 1;
	let previous = new Uint16Array(columns);
	let current = new Uint16Array(columns);
	for (const token of tokens) {
		if (token === anyValue) continue;
		current[0] = 0;
		for (let j = 1; j < columns; j += 1) {
			const word = line[j - 1]!;
			const same = token === codeValue ? codeKeys.includes(word) : token === word;
			current[j] = same ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
		}
		[previous, current] = [current, previous];
	}
	const matched = previous[line.length]!;
	return { matched, literal, complete: matched === literal };
}
