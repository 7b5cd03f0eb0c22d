/**
 * What the site's search looks for when a reader pastes a whole line of program output: the words
 * of its message, without the log prefix and without the values that change from run to run
 * (addresses, ids, sizes, times), which no page holds. Short queries go through as typed.
 */
import { templateBody } from './printed-match';
import { readOutput } from './read-output';
import { resolveText, type ResolverIndex } from './resolve';

/** At most this many words go to the search index: a long message ranks by its first words anyway. */
const maxWords = 16;

/** Does the query look like pasted output rather than a few typed words? */
export function looksPasted(query: string): boolean {
	const trimmed = query.trim();
	return trimmed.length > 40 || /\n/.test(trimmed) || /[{}<>]|\w\.\w+\.\w|::|\d{2}:\d{2}:\d{2}/.test(trimmed);
}

/** Words after which a number is a code (`ERROR CODE 2`, `(Code 4)`, `status 429`), not a value. */
const codeWords = new Set(['code', 'error', 'errorcode', 'status']);

/** A token worth searching for: a word, or a code-shaped value; never an address, id or number of bytes. */
function telling(token: string, previous: string | undefined): boolean {
	if (/^0x[0-9a-f]{1,4}(?:_\d{2})?$/i.test(token)) return true;
	if (/\d/.test(token)) return /^\d{1,4}$/.test(token) && codeWords.has((previous ?? '').toLowerCase());
	return /^[A-Za-z][A-Za-z_-]*$/.test(token);
}

/**
 * The words of a printed string the index holds: whole words between spaces, without the values.
 * A token such as `Crypto(Aead(InvalidKey(` stays one token in the index, so it is left out.
 */
function indexedWords(template: string): string[] {
	return templateBody(template)
		.replace(/\{[A-Za-z0-9_][\w.-]*\}/g, ' ')
		.split(/\s+/)
		.map((token) => token.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, ''))
		.filter((token) => /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(token));
}

/**
 * The words to search for. With the resolver's index at hand, a line that matches a string the
 * implementation prints is searched by that string's own words, which the code's page shows under
 * "As printed", and by the code; its values, which no page holds, are left out.
 */
export function searchTermsOf(query: string, index?: ResolverIndex): string {
	const top = index && /\s|[:{(]/.test(query.trim()) ? resolveText(index, query).matches[0] : undefined;
	if (top?.printed) {
		const words = indexedWords(top.printed);
		if (/^[A-Za-z0-9_-]+$/.test(top.code)) words.push(top.code);
		if (words.length < 2) words.push(...top.name.split(/\s+/));
		return [...new Set(words)].slice(0, maxWords).join(' ');
	}
	if (!looksPasted(query)) return query;
	const [line] = readOutput(query);
	if (!line) return query;
	const words = line.message
		.replace(/\b(?:[a-z_]\w*\.)+(?=[A-Z]\w*(?:Error|Exception)\b)/g, '')
		.split(/[^A-Za-z0-9_-]+/)
		.map((token) => token.replace(/^[-_]+|[-_]+$/g, ''))
		.filter((token, position, tokens) => token !== '' && telling(token, tokens[position - 1]));
	const terms = [...new Set(words)].slice(0, maxWords).join(' ');
	return terms === '' ? query : terms;
}

/** A token that reads as a code: hex, a short number, or a name in SNAKE_CASE or snake_case. */
const codeShaped = /(?:^|[\s:=(,"'])(?:0x[0-9a-f]{1,6}(?:_\d{2})?|\d{1,4}|[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+)(?=$|[\s:,.)"'])/i;

/**
 * Whether the search dialog offers to open the query in the lookup: when the index finds nothing, or
 * the query reads as a pasted log or error line (pasted output, or several words with a code among them),
 * which the lookup reads better than a word search does.
 */
export function offersLookup(query: string, resultCount: number): boolean {
	const trimmed = query.trim();
	if (trimmed === '') return false;
	if (resultCount === 0 || looksPasted(trimmed)) return true;
	return trimmed.split(/\s+/).length >= 3 && codeShaped.test(trimmed);
}

/** The lookup page with this text in its box. */
export function lookupHref(query: string): string {
	return `/lookup/?q=${encodeURIComponent(query.trim())}`;
}
