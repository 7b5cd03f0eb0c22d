/**
 * Resolves what a reader has — a URL path, a code, a log line, a JSON error body, a Rust error —
 * to the codes it names, best first. Pure and bounded: it runs at build time in tests and in the
 * browser on `/lookup/` and the 404 page, against the compact index built from the catalogue.
 */
import type { Kind } from './kinds';
import { protocolSpellings, spellingKey, spellingsOf, type CodeRef } from './spellings';

/** The compact index shipped to the browser. */
export interface ResolverIndex {
	version: 1;
	protocols: { id: string; name: string; keys: string[] }[];
	/** [protocol index, code, name, slug, kind] */
	codes: [number, string, string, string, Kind][];
	/** spelling key → indexes into `codes` */
	keys: Record<string, number[]>;
}

export function buildIndex(protocols: readonly { id: string; name: string }[], refs: readonly CodeRef[]): ResolverIndex {
	const protocolIds = protocols.map((protocol) => protocol.id);
	const keys: Record<string, number[]> = {};
	const codes: ResolverIndex['codes'] = refs.map((ref, index) => {
		for (const spelling of spellingsOf(ref)) {
			const key = spellingKey(spelling);
			if (!key) continue;
			const list = (keys[key] ??= []);
			if (!list.includes(index)) list.push(index);
		}
		return [protocolIds.indexOf(ref.protocol), ref.code, ref.name, ref.slug, ref.kind];
	});
	return {
		version: 1,
		protocols: protocols.map((protocol) => ({
			id: protocol.id,
			name: protocol.name,
			keys: [...new Set(protocolSpellings(protocol.id, protocol.name).map(spellingKey))],
		})),
		codes,
		keys,
	};
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
}

export interface Resolution {
	matches: Match[];
	/** Set when one match clearly wins: the page to send the reader to. */
	best: Match | undefined;
	/** Close spellings, offered when nothing matched. */
	suggestions: Match[];
	/** True when the input was longer than what is read. */
	truncated: boolean;
}

/** How much of a paste is read. A megabyte of log is cut here, so the page never stalls. */
export const maxInputLength = 100_000;
const maxSignals = 5_000;

interface Signal {
	key: string;
	weight: number;
	text: string;
}

const structuredField =
	/(?:^|[\s{,;("'])["']?(error|code|errorCode|error_code|errcode|source|threat_type|status|reason)["']?\s*[:=]\s*["']?([A-Za-z0-9_:.()-]+)/gi;
const errorCodePhrase = /\berror(?:\s+code)?\s*[:=#]\s*([A-Za-z0-9_:x.-]+)/gi;
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
	['stt', /\bSTT\b|STTError/],
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
	const after = text.slice(index + length, index + length + 3);
	if (/[.:/\w-]/.test(before)) return true;
	if (/^(?:[.:]\d|\w|\s*(?:ms|s\b|%|bytes?|kb|mb|gb|sec))/i.test(after)) return true;
	return false;
}

function signalsOf(text: string): Signal[] {
	const signals: Signal[] = [];
	for (const match of text.matchAll(structuredField)) {
		const field = match[1]!.toLowerCase();
		push(signals, spellingKey(match[2]!), field === 'source' || field === 'threat_type' || field === 'reason' ? 85 : 100, match[2]!);
	}
	for (const match of text.matchAll(errorCodePhrase)) push(signals, spellingKey(match[1]!), 95, match[1]!);
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

function protocolIndexOf(index: ResolverIndex, spelling: string): number {
	const key = spellingKey(spelling);
	return key ? index.protocols.findIndex((protocol) => protocol.keys.includes(key)) : -1;
}

function toMatch(index: ResolverIndex, codeIndex: number, score: number, matched: string): Match {
	const [protocolIndex, code, name, slug, kind] = index.codes[codeIndex]!;
	const protocol = index.protocols[protocolIndex]!;
	return { protocol: protocol.id, protocolName: protocol.name, code, name, slug, kind, path: `/${protocol.id}/${slug}/`, score, matched };
}

function decide(matches: Match[]): Match | undefined {
	const [top, second] = matches;
	if (!top || top.score < 60) return undefined;
	if (second && top.score - second.score < 15) return undefined;
	return top;
}

export interface ResolveOptions {
	/** Only codes of this protocol (an id or any spelling of it). */
	protocol?: string | undefined;
}

/** Resolves free text: a code, a log line, an error body. */
export function resolveText(index: ResolverIndex, input: string, options: ResolveOptions = {}): Resolution {
	const truncated = input.length > maxInputLength;
	const text = (truncated ? input.slice(0, maxInputLength) : input).replace(/\u0000/g, ' ');
	const only = options.protocol ? protocolIndexOf(index, options.protocol) : -1;
	const signals = signalsOf(text);
	const trimmed = text.trim();
	// A lone word is what the reader means, even when it is an everyday word like "timeout".
	if (/^[A-Za-z0-9]+$/.test(trimmed)) push(signals, spellingKey(trimmed), 75, trimmed);
	if (trimmed.length > 0 && trimmed.length <= 120 && !/\s/.test(trimmed)) push(signals, spellingKey(trimmed), 80, trimmed);

	const hinted = new Set(protocolHints.filter(([, pattern]) => pattern.test(text)).map(([id]) => id));
	const typeHints = displayTypes.filter(([pattern]) => pattern.test(text)).map(([, prefix]) => prefix);
	const best = new Map<number, { score: number; matched: string; hits: number }>();
	for (const signal of signals) {
		const hits = index.keys[signal.key];
		if (!hits) continue;
		for (const codeIndex of hits) {
			const protocolIndex = index.codes[codeIndex]![0];
			if (only !== -1 && protocolIndex !== only) continue;
			const code = index.codes[codeIndex]![1];
			const boost =
				(hinted.has(index.protocols[protocolIndex]!.id) ? 10 : 0) + (typeHints.some((prefix) => code.startsWith(prefix)) ? 10 : 0);
			const score = signal.weight + boost;
			const current = best.get(codeIndex);
			if (!current) best.set(codeIndex, { score, matched: signal.text, hits: 1 });
			else {
				current.hits += 1;
				if (score > current.score) Object.assign(current, { score, matched: signal.text });
			}
		}
	}
	const matches = [...best.entries()]
		.map(([codeIndex, { score, matched, hits }]) => toMatch(index, codeIndex, score + Math.min(hits - 1, 3), matched))
		.sort((a, b) => b.score - a.score || a.protocol.localeCompare(b.protocol) || a.code.localeCompare(b.code));
	return {
		matches,
		best: decide(matches),
		suggestions: matches.length === 0 ? nearMatches(index, trimmed, only) : [],
		truncated,
	};
}

/** Resolves a URL path such as `/STT/0X0101/` or `/openstream/INVALID_NDJSON` (what the 404 page sees). */
export function resolvePath(index: ResolverIndex, pathname: string): Resolution & { protocol: string | undefined } {
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
	const protocolIndex = segments[0] === undefined ? -1 : protocolIndexOf(index, segments[0]);
	const protocol = protocolIndex === -1 ? undefined : index.protocols[protocolIndex]!.id;
	const rest = (protocol ? segments.slice(1) : segments).join('/');
	if (protocol && rest === '') {
		const match: Match = { protocol, protocolName: index.protocols[protocolIndex]!.name, code: '', name: '', slug: '', kind: 'error-code', path: `/${protocol}/`, score: 100, matched: segments[0]! };
		return { protocol, matches: [], best: match, suggestions: [], truncated: false };
	}
	const exact = (index.keys[spellingKey(rest)] ?? []).filter((codeIndex) => protocolIndex === -1 || index.codes[codeIndex]![0] === protocolIndex);
	if (exact.length > 0) {
		const matches = exact.map((codeIndex) => toMatch(index, codeIndex, 100, rest));
		return { protocol, matches, best: matches.length === 1 ? matches[0] : undefined, suggestions: [], truncated: false };
	}
	return { protocol, ...resolveText(index, rest, { protocol }) };
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

function nearMatches(index: ResolverIndex, text: string, only: number): Match[] {
	const key = spellingKey(text);
	if (key.length < 2 || key.length > 64) return [];
	const limit = Math.max(1, Math.floor(key.length / 4));
	const scored = new Map<number, number>();
	for (const [candidate, hits] of Object.entries(index.keys)) {
		const distance = editDistance(key, candidate, limit);
		if (distance > limit) continue;
		for (const codeIndex of hits) {
			if (only !== -1 && index.codes[codeIndex]![0] !== only) continue;
			scored.set(codeIndex, Math.min(scored.get(codeIndex) ?? Infinity, distance));
		}
	}
	return [...scored.entries()]
		.sort((a, b) => a[1] - b[1])
		.slice(0, 8)
		.map(([codeIndex, distance]) => toMatch(index, codeIndex, 50 - distance * 10, text));
}
