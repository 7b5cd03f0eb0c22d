/**
 * Resolves what a reader has — a URL path, a code, a log line, a JSON error body, a Rust error —
 * to the codes it names, best first. Pure and bounded: it runs at build time in tests and in the
 * browser on `/lookup/` and the 404 page, against the compact index built from the catalogue.
 */
import type { Kind } from './kinds';
import { compileTemplate, matchTemplate, wordsOfText } from './printed-match';
import { explainMiss, rangeSpans, type ProtocolSpace } from './code-miss';
import { namespaceWords, readOutput, type OutputLine } from './read-output';
import { protocolSpellings, spellingKey, spellingsOf, type CodeRef } from './spellings';

/** The compact index shipped to the browser. */
export interface ResolverIndex {
	version: 2;
	protocols: {
		id: string;
		name: string;
		keys: string[];
		/** Module and logger names of the protocol's implementation: words that point at it in a log line. */
		hints: string[];
		/** What its codes look like, for saying why a code-shaped text names none. */
		space: ProtocolSpace;
		/** The implementation the printed strings come from, e.g. `twampy 1.3.2`. */
		implementation?: string;
	}[];
	/** [protocol index, code, name, slug, kind] */
	codes: [number, string, string, string, Kind][];
	/** spelling key → indexes into `codes` */
	keys: Record<string, number[]>;
	/** What implementations print: [code index, template tokens joined by spaces, the template as written]. */
	printed: [number, string, string][];
	/** Words of each code's name, summary, meaning and causes → code indexes, for text without a code. */
	words: Record<string, number[]>;
}

/** What the index needs to know of a protocol. */
export interface IndexProtocol {
	id: string;
	name: string;
	space?: ProtocolSpace | undefined;
	/** `name version` of the implementation whose printed strings are indexed. */
	implementation?: string | undefined;
	hints?: readonly string[] | undefined;
}

/** What a code says about itself, for matching text that carries no code. */
export interface CodeText {
	/** The code's name, summary, meaning and causes. */
	text: string;
	/** The strings its implementation prints for it, `{…}` marking values. */
	printed: readonly string[];
}

/** Words too common in error text to tell codes apart. */
const stopWords = new Set(
	'a an and are as at be been but by can could does for from has have if in into is it its may more must no not of on or so such that the their then there these this to too was were when which while will with without you your error errors code codes failed failure invalid'.split(
		' ',
	),
);

function contentWords(text: string): string[] {
	return [...new Set(wordsOfText(text).filter((word) => word.length > 2 && !stopWords.has(word) && !/^\d+$/.test(word)))];
}

/**
 * The order of codes in the index: by protocol id, then by code, as the resolver lists codes of equal
 * score. So a code's place in the index breaks ties, and the index can be cut into pieces that list
 * the same codes in the same order (src/lib/resolver-shards.ts).
 */
function indexOrder(a: CodeRef, b: CodeRef): number {
	return a.protocol.localeCompare(b.protocol) || a.code.localeCompare(b.code);
}

export function buildIndex(protocols: readonly IndexProtocol[], givenRefs: readonly CodeRef[], givenTexts: readonly (CodeText | undefined)[] = []): ResolverIndex {
	const order = givenRefs.map((_, position) => position).sort((a, b) => indexOrder(givenRefs[a]!, givenRefs[b]!) || a - b);
	const refs = order.map((position) => givenRefs[position]!);
	const texts = order.map((position) => givenTexts[position]);
	const protocolIds = protocols.map((protocol) => protocol.id);
	const keys: Record<string, number[]> = {};
	const words: Record<string, number[]> = {};
	const printed: ResolverIndex['printed'] = [];
	const codes: ResolverIndex['codes'] = refs.map((ref, index) => {
		for (const spelling of spellingsOf(ref)) {
			const key = spellingKey(spelling);
			if (!key) continue;
			const list = (keys[key] ??= []);
			if (!list.includes(index)) list.push(index);
		}
		const text = texts[index];
		if (text) {
			for (const word of contentWords(`${ref.name} ${text.text} ${text.printed.join(' ')}`)) (words[word] ??= []).push(index);
			for (const template of new Set(text.printed)) printed.push([index, compileTemplate(template).join(' '), template]);
		}
		return [protocolIds.indexOf(ref.protocol), ref.code, ref.name, ref.slug, ref.kind];
	});
	return {
		version: 2,
		protocols: protocols.map((protocol) => ({
			id: protocol.id,
			name: protocol.name,
			keys: [...new Set(protocolSpellings(protocol.id, protocol.name).map(spellingKey))],
			hints: [...new Set((protocol.hints ?? []).map((hint) => hint.toLowerCase()))],
			space: protocol.space ?? { ranges: [] },
			...(protocol.implementation ? { implementation: protocol.implementation } : {}),
		})),
		codes,
		keys,
		printed,
		words,
	};
}

/** A code as the index holds it: [protocol index, code, name, slug, kind]. */
export type CodeRecord = ResolverIndex['codes'][number];
/** A printed string as the index holds it: [code index, template tokens joined by spaces, the template as written]. */
export type PrintedRecord = ResolverIndex['printed'][number];
export type ResolverProtocol = ResolverIndex['protocols'][number];

/**
 * What the resolver reads of an index. The whole index in memory (the command line, the tests, the
 * site's search) and the index fetched piece by piece on `/lookup/` and the 404 page
 * (src/lib/resolver-shards.ts) both answer these questions, so a text resolves the same either way.
 */
export interface ResolverSource {
	readonly protocols: readonly ResolverProtocol[];
	/** How many codes the catalogue holds. */
	readonly count: number;
	/** The protocol of a code, by the code's place in the index. */
	protocolOf(codeIndex: number): number;
	code(codeIndex: number): CodeRecord;
	/** The codes a spelling key names. */
	keyHits(key: string): readonly number[] | undefined;
	/** The codes whose description holds a word. */
	wordHits(word: string): readonly number[] | undefined;
	/** The printed strings with one of these literal words among their own (more may come), in index order. */
	printedWith(words: ReadonlySet<string>): readonly PrintedRecord[];
	/** Every spelling key from `min` to `max` characters long, with the codes it names. */
	keysOfLength(min: number, max: number): Iterable<readonly [string, readonly number[]]>;
	/** The lowest and the highest code (lower case) in a category range of a protocol, by the range's place in its `space`. */
	span(protocolIndex: number, rangeIndex: number): readonly string[];
	/** False while parts of the index the answer reads are still to be fetched; the answer is then thrown away. */
	readonly complete: boolean;
}

/** The whole index in memory, read as a source. */
class WholeIndex implements ResolverSource {
	readonly complete = true;
	private spans: (readonly string[])[][] = [];
	private readonly index: ResolverIndex;

	constructor(index: ResolverIndex) {
		this.index = index;
	}
	get protocols() {
		return this.index.protocols;
	}
	get count() {
		return this.index.codes.length;
	}
	protocolOf(codeIndex: number): number {
		return this.index.codes[codeIndex]![0];
	}
	code(codeIndex: number): CodeRecord {
		return this.index.codes[codeIndex]!;
	}
	keyHits(key: string): readonly number[] | undefined {
		return Object.hasOwn(this.index.keys, key) ? this.index.keys[key] : undefined;
	}
	wordHits(word: string): readonly number[] | undefined {
		return Object.hasOwn(this.index.words, word) ? this.index.words[word] : undefined;
	}
	printedWith(): readonly PrintedRecord[] {
		return this.index.printed;
	}
	*keysOfLength(min: number, max: number): Iterable<readonly [string, readonly number[]]> {
		for (const entry of Object.entries(this.index.keys)) if (entry[0].length >= min && entry[0].length <= max) yield entry;
	}
	span(protocolIndex: number, rangeIndex: number): readonly string[] {
		this.spans[protocolIndex] ??= rangeSpans(
			this.index.protocols[protocolIndex]!.space,
			this.index.codes.filter((code) => code[0] === protocolIndex).map((code) => code[1]),
		);
		return this.spans[protocolIndex]![rangeIndex] ?? [];
	}
}

const wholeIndexes = new WeakMap<ResolverIndex, ResolverSource>();

/** The source to resolve with: the index itself when it is one, or the whole index in memory. */
export function sourceOf(index: ResolverIndex | ResolverSource): ResolverSource {
	if ('keyHits' in index) return index;
	let source = wholeIndexes.get(index);
	if (!source) wholeIndexes.set(index, (source = new WholeIndex(index)));
	return source;
}

export interface Match {
	protocol: string;
	protocolName: string;
	code: string;
	name: string;
	slug: string;
	kind: Kind;
	path: string;
	score: number;
	/** The part of the input that matched. */
	matched: string;
	/** Why the code is listed, in words a reader can check against the text. */
	evidence: string[];
	/** The printed string of the code's implementation that the text matched, when one did. */
	printed?: string | undefined;
}

export interface Resolution {
	/** The codes the text may name, best first (at most `limit` of them, when one is given). */
	matches: Match[];
	/** How many codes the text may name, listed or not. */
	total: number;
	/** Set when one match clearly wins: the page to send the reader to. */
	best: Match | undefined;
	/** Close spellings, offered when nothing matched. */
	suggestions: Match[];
	/** True when the input was longer than what is read. */
	truncated: boolean;
	/** For a code-shaped text that names no code: why, e.g. `TWAMP's codes are 0 to 5.` */
	miss?: string | undefined;
}

/** How much of a paste is read. A megabyte of log is cut here, so the page never stalls. */
export const maxInputLength = 100_000;
/** How many matches `/lookup/` and the 404 page list; the rest are only counted. */
export const listedMatches = 20;
const maxSignals = 5_000;

interface Signal {
	key: string;
	weight: number;
	text: string;
}

const structuredField =
	/(?:^|[\s{,;("'])["']?(error|code|errorCode|error_code|errcode|source|threat_type|status|reason)["']?\s*[:=]\s*["']?([A-Za-z0-9_:.()-]+)/gi;
const errorCodePhrase = /\berror\s+code\s*[:=#]?\s*([A-Za-z0-9_:x.-]+)/gi;
/** `error: 0x0101` names a code; `error: 0 bytes read` does not, so a bare number after `error:` counts for little. */
const errorColon = /\berror\s*[:=#]\s*([A-Za-z0-9_:x.-]+)/gi;
const twampyCode = /\(\s*code\s+(\d{1,3})\s*\)/gi;
const httpStatus = /\b(?:HTTP(?:\/\d(?:\.\d)?)?|status(?:\s+code)?)\s*[:=]?\s*([1-5]\d\d)\b/gi;
const rustPath = /\b((?:[A-Z][A-Za-z0-9]*::)+[A-Z][A-Za-z0-9]*)(?:\(([A-Za-z0-9_:]+)\))?/g;
const hexCode = /\b0x[0-9a-f]{1,4}(?:[_.-][0-9]{2})?\b/gi;
const identifier = /[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)*/g;
const bareNumber = /\d+(?:\.\d+)*/g;
/** Rust's Debug form of a nested enum, which drops the type names: `Aead(DecryptionFailed)`. */
const debugVariant = /\b([A-Z][a-z]+)\((?=\s*([A-Z][A-Za-z0-9]*)\b)/g;
/** A variant with a payload, `Compression("…")`: one word, but plainly a variant. */
const variantCall = /\b([A-Z][a-z]+[A-Za-z0-9]*)\(/g;
/** Words that name an error type in Display text (`AEAD: Decryption failed`). */
const displayTypes: [RegExp, string][] = [
	[/\bAEAD\b/i, 'AeadError::'],
	[/\bHMAC\b/i, 'HmacError::'],
	[/\bkeyring\b/i, 'KeyringError::'],
	[/\bnonce\b/i, 'NonceError::'],
	[/\bkey exchange\b/i, 'KeyExchangeError::'],
];

const protocolHints: [string, RegExp][] = [
	['stt', /\bSTT\b|STTError|\bSTT[A-Z]\w*(?:Error|Exception)\b/],
	['dtp', /\bDTP\b|Logical_Frame|relatedFrameId|relatedAgreementId/],
	['twamp', /\bTWAMP\b|\btwampy\b|\bOWAMP\b/i],
	['open-stream', /\bopen[\s_-]?stream\b|\bNDJSON\b|"hint"\s*:/i],
	['m2m', /\bM2M|M2MError|CryptoError|\bAEAD\b|\bHMAC\b|Crypto error:/],
];

function push(signals: Signal[], key: string, weight: number, text: string): void {
	if (key && signals.length < maxSignals) signals.push({ key, weight, text });
}

/** Is the number at `index` part of an address, a port, a time, a size or a version? */
function isIncidentalNumber(text: string, index: number, length: number): boolean {
	const before = text.slice(Math.max(0, index - 1), index);
	const after = text.slice(index + length, index + length + 8);
	if (/[.:/\w-]/.test(before)) return true;
	if (/^(?:[.:]\d|\w|\s*(?:ms|s\b|%|bytes?|kb|mb|gb|sec))/i.test(after)) return true;
	return false;
}

function signalsOf(text: string): Signal[] {
	const signals: Signal[] = [];
	for (const match of text.matchAll(structuredField)) {
		const field = match[1]!.toLowerCase();
		// `error: 0 bytes read` is prose, not a field: a bare number followed by words counts for little.
		const prose = /^\d+$/.test(match[2]!) && /^\s+[A-Za-z]/.test(text.slice(match.index + match[0].length));
		const weight = prose ? 30 : field === 'source' || field === 'threat_type' || field === 'reason' ? 85 : 100;
		push(signals, spellingKey(match[2]!), weight, match[2]!);
	}
	for (const match of text.matchAll(errorCodePhrase)) push(signals, spellingKey(match[1]!), 95, match[1]!);
	for (const match of text.matchAll(errorColon)) push(signals, spellingKey(match[1]!), /^\d+$/.test(match[1]!) ? 30 : 95, match[1]!);
	for (const match of text.matchAll(twampyCode)) push(signals, spellingKey(match[1]!), 95, `Code ${match[1]}`);
	for (const match of text.matchAll(httpStatus)) push(signals, spellingKey(`http${match[1]}`), 90, match[0]);
	for (const match of text.matchAll(rustPath)) {
		const whole = match[2] ? `${match[1]}(${match[2]})` : match[1]!;
		push(signals, spellingKey(whole), 92, whole);
		if (match[2]) push(signals, spellingKey(match[2]), 91, match[2]);
		push(signals, spellingKey(match[1]!), 88, match[1]!);
	}
	for (const match of text.matchAll(hexCode)) push(signals, spellingKey(match[0]), 85, match[0]);
	for (const match of text.matchAll(debugVariant)) {
		push(signals, spellingKey(`${match[1]}Error::${match[2]}`), 90, `${match[1]}(${match[2]})`);
	}
	for (const match of text.matchAll(variantCall)) push(signals, spellingKey(match[1]!), 70, match[1]!);

	const words: { word: string; index: number }[] = [];
	for (const match of text.matchAll(identifier)) {
		const token = match[0];
		words.push({ word: token, index: match.index });
		const isCompound = /[_-]/.test(token) || /[a-z][A-Z]/.test(token);
		const isShout = /^[A-Z][A-Z0-9]{2,}$/.test(token);
		if (isCompound) push(signals, spellingKey(token), 70, token);
		else if (isShout) push(signals, spellingKey(token), 50, token);
		if (words.length > maxSignals) break;
	}
	// Names written as words ("Not Supported", "Decryption failed") match as phrases of 2 to 5 words.
	for (let start = 0; start < words.length && signals.length < maxSignals; start += 1) {
		let key = spellingKey(words[start]!.word);
		let phrase = words[start]!.word;
		for (let length = 2; length <= 5 && start + length - 1 < words.length; length += 1) {
			const next = words[start + length - 1]!;
			key += spellingKey(next.word);
			phrase += ` ${next.word}`;
			push(signals, key, 40 + 5 * length, phrase);
		}
	}
	for (const match of text.matchAll(bareNumber)) {
		if (match[0].includes('.') || isIncidentalNumber(text, match.index, match[0].length)) continue;
		push(signals, spellingKey(match[0]), 30, match[0]);
		if (signals.length >= maxSignals) break;
	}
	return signals;
}

function protocolIndexOf(source: ResolverSource, spelling: string): number {
	const key = spellingKey(spelling);
	return key ? source.protocols.findIndex((protocol) => protocol.keys.includes(key)) : -1;
}

function toMatch(source: ResolverSource, codeIndex: number, score: number, matched: string, evidence: string[] = []): Match {
	const [protocolIndex, code, name, slug, kind] = source.code(codeIndex);
	const protocol = source.protocols[protocolIndex]!;
	return { protocol: protocol.id, protocolName: protocol.name, code, name, slug, kind, path: `/${protocol.id}/${slug}/`, score, matched, evidence };
}

/** What was found for one code, from each kind of evidence. */
interface Candidate {
	/** From a spelling of the code in the text. */
	signal: number;
	signalText: string;
	/** From a string its implementation prints. */
	shape: number;
	shapeWords: number;
	shapeComplete: boolean;
	shapeTokens: string[];
	shapeTemplate: string;
	/** From words of its description. */
	text: number;
	textWords: string[];
	hinted: boolean;
	hits: number;
}

function emptyCandidate(): Candidate {
	return { signal: 0, signalText: '', shape: 0, shapeWords: 0, shapeComplete: false, shapeTokens: [], shapeTemplate: '', text: 0, textWords: [], hinted: false, hits: 0 };
}

/** A candidate code with its score, before it is written out as a match. */
interface Ranked {
	codeIndex: number;
	score: number;
	candidate: Candidate;
}

/** Is every literal word of `smaller` found, in order, in `larger`? (The outer error's text inside the inner one's.) */
function subsumes(larger: readonly string[], smaller: readonly string[]): boolean {
	let at = 0;
	for (const token of smaller) {
		if (token === '*') continue;
		while (at < larger.length && larger[at] !== token) at += 1;
		if (at === larger.length) return false;
		at += 1;
	}
	return true;
}

/**
 * The code to send the reader to, only when one code is clearly best: a code spelt out in the text
 * with nothing close behind, or a printed string matched in full that explains everything the other
 * full matches explain. A confident jump to the wrong page is worse than a list.
 */
function decide(ranked: readonly Ranked[]): Ranked | undefined {
	const [top, second] = ranked;
	if (!top) return undefined;
	const best = top.candidate;
	if (best.shapeComplete && best.shape >= best.signal) {
		for (const { candidate: other } of ranked.slice(1)) {
			if (other.signal >= 85 && other.signal >= best.shape - 15) return undefined;
			if (!other.shapeComplete) continue;
			if (other.shapeWords >= best.shapeWords || !subsumes(best.shapeTokens, other.shapeTokens)) return undefined;
		}
		return top;
	}
	if (top.score < 60) return undefined;
	if (second && top.score - second.score < 15) return undefined;
	if (ranked.slice(1).some(({ candidate }) => candidate.shapeComplete)) return undefined;
	return top;
}

/** How many code-bearing lines of a paste are matched against printed strings. */
const maxShapeLines = 60;

const templateTokens = new WeakMap<PrintedRecord, string[]>();
function tokensOf(printed: PrintedRecord): string[] {
	let tokens = templateTokens.get(printed);
	if (!tokens) templateTokens.set(printed, (tokens = printed[1].split(' ')));
	return tokens;
}

function matchShapes(source: ResolverSource, lines: readonly OutputLine[], only: number, candidates: Map<number, Candidate>): void {
	for (const line of lines.slice(0, maxShapeLines)) {
		const lineWords = wordsOfText(line.raw).slice(0, 400);
		if (lineWords.length === 0) continue;
		const present = new Set(lineWords);
		for (const printed of source.printedWith(present)) {
			const [codeIndex, , template] = printed;
			if (only !== -1 && source.protocolOf(codeIndex) !== only) continue;
			const tokens = tokensOf(printed);
			const literal = tokens.filter((token) => token !== '*' && token !== '#');
			let seen = 0;
			for (const token of literal) if (present.has(token)) seen += 1;
			// Cheap filter first: most strings share no word with the line.
			if (seen * 2 < literal.length || seen === 0) continue;
			const hasCode = tokens.includes('#');
			// Only a `{code}` slot reads the code's own spellings.
			const codeKeys = hasCode ? [spellingKey(source.code(codeIndex)[1]), spellingKey(source.code(codeIndex)[3])] : [];
			const result = matchTemplate(tokens, lineWords, codeKeys);
			// A string whose only words are everyday ones (`{"error":"{error}"}`) tells no code apart.
			const telling = literal.filter((token) => !stopWords.has(token)).length;
			if (telling === 0 && !hasCode) continue;
			const ratio = result.matched / result.literal;
			const score = result.complete
				? 70 + Math.min(24, 3 * telling) + (hasCode ? 6 : 0)
				: result.matched >= 2 && ratio >= 0.5
					? 30 + Math.round(30 * ratio * Math.min(1, result.matched / 6))
					: 0;
			if (score === 0) continue;
			const candidate = candidates.get(codeIndex) ?? emptyCandidate();
			candidates.set(codeIndex, candidate);
			const better = score > candidate.shape || (score === candidate.shape && result.matched > candidate.shapeWords);
			if (better) {
				Object.assign(candidate, { shape: score, shapeWords: result.matched, shapeComplete: result.complete, shapeTokens: tokens, shapeTemplate: template });
			}
		}
	}
}

/**
 * An outer error's text is part of every inner error's text (`Crypto error: {0}` inside
 * `Crypto error: AEAD: Decryption failed: …`). Where a line matches more of an inner code's string
 * than the whole of an outer code's, the line goes deeper than the outer code: it ranks below.
 */
function demoteWrappers(candidates: Map<number, Candidate>): void {
	const shaped = [...candidates.values()].filter((candidate) => candidate.shape > 0);
	for (const outer of shaped) {
		if (!outer.shapeComplete) continue;
		for (const inner of shaped) {
			// The inner string must go at least two words past the outer one, not merely share a value with the line.
			if (inner === outer || inner.shapeWords < outer.shapeWords + 2) continue;
			if (!subsumes(inner.shapeTokens, outer.shapeTokens)) continue;
			outer.shape = Math.min(outer.shape, Math.max(inner.shape, inner.signal) - 5);
			outer.shapeComplete = false;
		}
	}
}

/** A description word held by more than this share of the codes tells none apart, and is not read. */
export const commonWordShare = 1 / 4;

/** Scores codes by the rarer words of their description that the text shares; never enough to jump. */
function matchWords(source: ResolverSource, text: string, only: number, candidates: Map<number, Candidate>): void {
	const words = contentWords(text).slice(0, 300);
	if (words.length === 0) return;
	const total = source.count;
	const scores = new Map<number, { sum: number; words: string[] }>();
	for (const word of words) {
		const hits = source.wordHits(word);
		if (!hits || hits.length > total * commonWordShare) continue;
		const weight = Math.log(total / hits.length);
		for (const codeIndex of hits) {
			if (only !== -1 && source.protocolOf(codeIndex) !== only) continue;
			const score = scores.get(codeIndex) ?? { sum: 0, words: [] };
			score.sum += weight;
			score.words.push(word);
			scores.set(codeIndex, score);
		}
	}
	const normaliser = Math.sqrt(words.length) + 1;
	for (const [codeIndex, { sum, words: shared }] of scores) {
		const score = Math.min(45, Math.round((20 * sum) / normaliser));
		// One shared word is chance, unless the text is hardly more than that word.
		if (score < 15 || (shared.length < 2 && words.length > 2)) continue;
		const candidate = candidates.get(codeIndex) ?? emptyCandidate();
		candidates.set(codeIndex, candidate);
		candidate.text = score;
		candidate.textWords = shared;
	}
}

export interface ResolveOptions {
	/** Only codes of this protocol (an id or any spelling of it). */
	protocol?: string | undefined;
	/** At most this many matches are written out (all by default); `total` still counts them all. */
	limit?: number | undefined;
}

function quote(text: string): string {
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function evidenceOf(source: ResolverSource, codeIndex: number, candidate: Candidate): string[] {
	const evidence: string[] = [];
	const protocol = source.protocols[source.protocolOf(codeIndex)]!;
	if (candidate.signal > 0) evidence.push(`names it: “${quote(candidate.signalText)}”`);
	if (candidate.shape > 0) {
		const by = protocol.implementation ?? 'its implementation';
		evidence.push(
			candidate.shapeComplete
				? `${by} prints “${quote(candidate.shapeTemplate)}”`
				: `partly like what ${by} prints: “${quote(candidate.shapeTemplate)}”`,
		);
	}
	if (candidate.text > 0 && candidate.signal === 0 && !candidate.shapeComplete) {
		evidence.push(`shares words with its description: ${candidate.textWords.slice(0, 5).join(', ')}`);
	}
	if (candidate.hinted) evidence.push(`the line comes from ${protocol.name} software`);
	return evidence;
}

const unsettled: Resolution = { matches: [], total: 0, best: undefined, suggestions: [], truncated: false };

/** Resolves free text: a code, a log line, a traceback, an error body. */
export function resolveText(index: ResolverIndex | ResolverSource, input: string, options: ResolveOptions = {}): Resolution {
	const source = sourceOf(index);
	const truncated = input.length > maxInputLength;
	const text = (truncated ? input.slice(0, maxInputLength) : input).replace(/\u0000/g, ' ');
	const only = options.protocol ? protocolIndexOf(source, options.protocol) : -1;
	const lines = readOutput(text);
	// Log prefixes are read apart, so a timestamp or an ERROR level never counts as a code.
	const messages = lines.map((line) => line.message).join('\n');
	const signals = signalsOf(lines.length > 0 ? messages : text);
	const trimmed = text.trim();
	// A lone word is what the reader means, even when it is an everyday word like "timeout".
	if (/^[A-Za-z0-9]+$/.test(trimmed)) push(signals, spellingKey(trimmed), 75, trimmed);
	if (trimmed.length > 0 && trimmed.length <= 120 && !/\s/.test(trimmed)) push(signals, spellingKey(trimmed), 80, trimmed);

	const hinted = new Set(protocolHints.filter(([, pattern]) => pattern.test(text)).map(([id]) => id));
	const namespaces = new Set(lines.slice(0, maxShapeLines).flatMap(namespaceWords));
	for (const protocol of source.protocols) {
		if (protocol.hints.some((hint) => namespaces.has(hint))) hinted.add(protocol.id);
	}
	const typeHints = displayTypes.filter(([pattern]) => pattern.test(text)).map(([, prefix]) => prefix);
	const candidates = new Map<number, Candidate>();
	for (const signal of signals) {
		const hits = source.keyHits(signal.key);
		if (!hits) continue;
		for (const codeIndex of hits) {
			const protocolIndex = source.protocolOf(codeIndex);
			if (only !== -1 && protocolIndex !== only) continue;
			const code = source.code(codeIndex)[1];
			const boost =
				(hinted.has(source.protocols[protocolIndex]!.id) ? 10 : 0) + (typeHints.some((prefix) => code.startsWith(prefix)) ? 10 : 0);
			const score = signal.weight + boost;
			const candidate = candidates.get(codeIndex) ?? emptyCandidate();
			candidates.set(codeIndex, candidate);
			candidate.hits += 1;
			if (score > candidate.signal) Object.assign(candidate, { signal: score, signalText: signal.text });
		}
	}
	matchShapes(source, lines, only, candidates);
	demoteWrappers(candidates);
	// A lone token is a spelling, not prose: its words are not matched against descriptions.
	if (/\s/.test(trimmed)) matchWords(source, messages, only, candidates);
	// Until every part of the index read so far has arrived, the ranking is not the real one.
	if (!source.complete) return { ...unsettled, truncated };

	const ranked: Ranked[] = [...candidates.entries()]
		.map(([codeIndex, candidate]) => {
			candidate.hinted = hinted.has(source.protocols[source.protocolOf(codeIndex)]!.id);
			const strongest = Math.max(candidate.signal, candidate.shape + (candidate.hinted && candidate.shape > 0 ? 10 : 0), candidate.text + (candidate.hinted ? 10 : 0));
			// Each further kind of evidence adds a little; repeated spellings add a little more.
			const kinds = [candidate.signal, candidate.shape, candidate.text].filter((score) => score > 0).length;
			return { codeIndex, candidate, score: strongest + 2 * (kinds - 1) + Math.min(Math.max(candidate.hits - 1, 0), 3) };
		})
		.filter((entry) => entry.score >= 10)
		// Equal scores keep the index's order: by protocol id, then by code.
		.sort((a, b) => b.score - a.score || a.codeIndex - b.codeIndex);
	const write = ({ codeIndex, candidate, score }: Ranked): Match => {
		const matched = candidate.signal > 0 ? candidate.signalText : candidate.shapeTemplate || candidate.textWords.join(' ');
		const match = toMatch(source, codeIndex, score, matched, evidenceOf(source, codeIndex, candidate));
		if (candidate.shape > 0) match.printed = candidate.shapeTemplate;
		return match;
	};
	const matches = ranked.slice(0, options.limit ?? ranked.length).map(write);
	const chosen = decide(ranked);
	const miss = ranked.length === 0 || ranked[0]!.score < 60 ? explainMiss(source, trimmed, only) : undefined;
	return {
		matches,
		total: ranked.length,
		best: chosen === ranked[0] && matches[0] ? matches[0] : chosen && write(chosen),
		suggestions: ranked.length === 0 && !miss?.codeShaped ? nearMatches(source, trimmed, only) : [],
		truncated,
		miss: miss?.message,
	};
}

/** Resolves a URL path such as `/STT/0X0101/` or `/openstream/INVALID_NDJSON` (what the 404 page sees). */
export function resolvePath(index: ResolverIndex | ResolverSource, pathname: string, options: Pick<ResolveOptions, 'limit'> = {}): Resolution & { protocol: string | undefined } {
	const source = sourceOf(index);
	const segments = pathname
		.split('/')
		.filter(Boolean)
		.slice(0, 4)
		.map((segment) => {
			try {
				return decodeURIComponent(segment);
			} catch {
				return segment;
			}
		});
	const protocolIndex = segments[0] === undefined ? -1 : protocolIndexOf(source, segments[0]);
	const protocol = protocolIndex === -1 ? undefined : source.protocols[protocolIndex]!.id;
	const rest = (protocol ? segments.slice(1) : segments).join('/');
	if (protocol && rest === '') {
		const match: Match = { protocol, protocolName: source.protocols[protocolIndex]!.name, code: '', name: '', slug: '', kind: 'error-code', path: `/${protocol}/`, score: 100, matched: segments[0]!, evidence: [] };
		return { protocol, matches: [], total: 0, best: match, suggestions: [], truncated: false };
	}
	const exact = (source.keyHits(spellingKey(rest)) ?? []).filter((codeIndex) => protocolIndex === -1 || source.protocolOf(codeIndex) === protocolIndex);
	if (exact.length > 0) {
		const all = exact.map((codeIndex) => toMatch(source, codeIndex, 100, rest, [`the address spells it: “${quote(rest)}”`]));
		return { protocol, matches: all.slice(0, options.limit ?? all.length), total: all.length, best: all.length === 1 ? all[0] : undefined, suggestions: [], truncated: false };
	}
	return { protocol, ...resolveText(source, rest, { protocol, limit: options.limit }) };
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i += 1) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j += 1) {
			const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			current.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
		previous = current;
	}
	return previous[b.length]!;
}

function nearMatches(source: ResolverSource, text: string, only: number): Match[] {
	const key = spellingKey(text);
	if (key.length < 2 || key.length > 64) return [];
	const limit = Math.max(1, Math.floor(key.length / 4));
	const scored = new Map<number, number>();
	for (const [candidate, hits] of source.keysOfLength(key.length - limit, key.length + limit)) {
		const distance = editDistance(key, candidate, limit);
		if (distance > limit) continue;
		for (const codeIndex of hits) {
			if (only !== -1 && source.protocolOf(codeIndex) !== only) continue;
			scored.set(codeIndex, Math.min(scored.get(codeIndex) ?? Infinity, distance));
		}
	}
	if (!source.complete) return [];
	// The closest first; equally close ones in the index's order.
	return [...scored.entries()]
		.sort((a, b) => a[1] - b[1] || a[0] - b[0])
		.slice(0, 8)
		.map(([codeIndex, distance]) => toMatch(source, codeIndex, 50 - distance * 10, text, [`spelt close to “${quote(text)}”`]));
}
