/**
 * The resolver's index cut into small pieces, so an answer on `/lookup/` or the 404 page fetches only
 * what it reads: a core (the protocols, their code ranges, how the index is cut) and the pieces the
 * text's own words and spellings point to. A piece holds the spelling keys, description words or
 * printed-string words whose hash falls in it, with the codes they name; a code's own record comes
 * with the key or printed string that names it, or in a piece of consecutive codes. Pieces are kept
 * small, and more of them are cut as the catalogue grows, so what one answer fetches stays about the
 * same at any size.
 *
 * `ShardedIndex` answers the resolver's questions (`ResolverSource`) from the pieces it holds and notes
 * the ones it lacks; `settle` fetches those and resolves again until nothing is lacking. The answer is
 * then the one the whole index gives (test/unit/resolver-shards.test.ts resolves the real corpus both
 * ways).
 */
import { rangeSpans } from './code-miss';
import { compileTemplate } from './printed-match';
import { commonWordShare, type CodeRecord, type PrintedRecord, type ResolverIndex, type ResolverProtocol, type ResolverSource } from './resolve';

export interface ShardedProtocol extends ResolverProtocol {
	/** Its codes are `first` to `end - 1` in the index. */
	first: number;
	end: number;
	/** The lowest and the highest code of each range of its `space`. */
	spans: string[][];
}

/** The part every answer fetches first. */
export interface ShardedCore {
	version: 3;
	/** A digest of the whole index: the folder of its pieces, so pieces of another build never mix with this core. */
	build: string;
	/** How many codes the catalogue holds. */
	count: number;
	protocols: ShardedProtocol[];
	/** How many pieces of keys, words and printed strings there are, and how many codes a piece of codes holds. */
	pieces: { keys: number; words: number; printed: number; codes: number };
	/** The lengths of spelling keys there are: one piece of each, for close spellings. */
	lengths: number[];
}

/** How much goes into one piece; the defaults keep a piece to a kilobyte or two, gzipped. */
export interface PieceSizes {
	/** Spelling keys per piece. */
	keys: number;
	/** Code references (summed over words) per piece of description words. */
	wordHits: number;
	/** Printed strings per piece. */
	printed: number;
	/** Codes per piece of codes. */
	codes: number;
}

export const defaultPieceSizes: PieceSizes = { keys: 8, wordHits: 1_500, printed: 16, codes: 8 };

/** The pieces of one index: `core` and the others by name (`k12`, `w3`, `p40`, `c7`, `n9`). */
export interface ShardedFiles {
	core: ShardedCore;
	pieces: Map<string, unknown>;
}

interface KeyPiece {
	keys: Record<string, number[]>;
	codes: Record<number, CodeRecord>;
}
interface WordPiece {
	/** word → code indexes, each after the first written as the step from the one before */
	words: Record<string, number[]>;
	/** word → how many codes hold it, for words in more than a quarter of the codes, which tell none apart */
	common: Record<string, number>;
}
interface PrintedPiece {
	/** word → printed string indexes, stepped like a word piece's */
	words: Record<string, number[]>;
	/** printed string index → [code index, the template as written]; its tokens are compiled again where it arrives */
	printed: Record<number, [number, string]>;
	/** The codes of the strings with a `{code}` slot, which the resolver reads the code's spellings for. */
	codes: Record<number, CodeRecord>;
}
interface CodePiece {
	codes: Record<number, CodeRecord>;
}
interface LengthPiece {
	keys: [string, number[]][];
}

/** FNV-1a: the same bucket for the same text in the build and in the browser. */
export function hashOf(text: string, seed = 0x811c9dc5): number {
	let hash = seed >>> 0;
	for (let i = 0; i < text.length; i += 1) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

const bucketOf = (text: string, count: number) => hashOf(text) % count;

function stepped(list: readonly number[]): number[] {
	return list.map((value, i) => (i === 0 ? value : value - list[i - 1]!));
}

function unstepped(list: readonly number[]): number[] {
	const out: number[] = [];
	for (const step of list) out.push(out.length === 0 ? step : out.at(-1)! + step);
	return out;
}

/**
 * The words a printed string is filed under: its rarest literal words, enough of them that a line
 * holding none of them cannot score against it. The resolver (src/lib/resolve.ts, matchShapes) scores
 * a string only when the line holds at least half of its literal words, and at least two of its words
 * (or its words and the code in its `{code}` slot) unless it matches in full: if a line lacks more
 * than the rest, it lacks one of these. A string with no literal word scores against no line.
 */
export function filingWords(tokens: readonly string[], frequency: ReadonlyMap<string, number>): string[] {
	const literal = tokens.filter((token) => token !== '*' && token !== '#');
	if (literal.length === 0) return [];
	const slots = tokens.filter((token) => token === '#').length;
	const present = Math.max(Math.ceil(literal.length / 2), 1, Math.min(literal.length, 2 - slots));
	const needed = literal.length - present + 1;
	const counts = new Map<string, number>();
	for (const token of literal) counts.set(token, (counts.get(token) ?? 0) + 1);
	const chosen: string[] = [];
	let covered = 0;
	for (const [token, count] of [...counts].sort((a, b) => frequency.get(a[0])! - frequency.get(b[0])! || (a[0] < b[0] ? -1 : 1))) {
		if (covered >= needed) break;
		chosen.push(token);
		covered += count;
	}
	return chosen;
}

function piece<T>(pieces: Map<string, unknown>, name: string, empty: () => T): T {
	let found = pieces.get(name) as T | undefined;
	if (!found) pieces.set(name, (found = empty()));
	return found;
}

/** Cuts an index into its core and pieces. Linear in the size of the index. */
export function shardIndex(index: ResolverIndex, sizes: PieceSizes = defaultPieceSizes): ShardedFiles {
	const pieces = new Map<string, unknown>();
	const keyEntries = Object.entries(index.keys);
	const wordEntries = Object.entries(index.words);
	const keyCount = Math.max(1, Math.ceil(keyEntries.length / sizes.keys));
	const wordHits = wordEntries.reduce((sum, [, hits]) => sum + hits.length, 0);
	const wordCount = Math.max(1, Math.ceil(wordHits / sizes.wordHits));
	const printedCount = Math.max(1, Math.ceil(index.printed.length / sizes.printed));

	// Every piece the core counts is written, empty or not: a text may point to any of them.
	for (let i = 0; i < keyCount; i += 1) pieces.set(`k${i}`, { keys: {}, codes: {} } satisfies KeyPiece);
	for (let i = 0; i < wordCount; i += 1) pieces.set(`w${i}`, { words: {}, common: {} } satisfies WordPiece);
	for (let i = 0; i < printedCount; i += 1) pieces.set(`p${i}`, { words: {}, printed: {}, codes: {} } satisfies PrintedPiece);
	for (const [key, hits] of keyEntries) {
		const into = piece<KeyPiece>(pieces, `k${bucketOf(key, keyCount)}`, () => ({ keys: {}, codes: {} }));
		into.keys[key] = hits;
		for (const codeIndex of hits) into.codes[codeIndex] = index.codes[codeIndex]!;
		piece<LengthPiece>(pieces, `n${key.length}`, () => ({ keys: [] })).keys.push([key, hits]);
	}
	for (const [word, hits] of wordEntries) {
		const into = pieces.get(`w${bucketOf(word, wordCount)}`) as WordPiece;
		if (hits.length > index.codes.length * commonWordShare) into.common[word] = hits.length;
		else into.words[word] = stepped(hits);
	}
	const tokens = index.printed.map(([, joined]) => joined.split(' '));
	const frequency = new Map<string, number>();
	for (const list of tokens) for (const token of new Set(list)) frequency.set(token, (frequency.get(token) ?? 0) + 1);
	const filed = new Map<string, Map<string, number[]>>();
	index.printed.forEach((printed, printedIndex) => {
		for (const word of filingWords(tokens[printedIndex]!, frequency)) {
			const name = `p${bucketOf(word, printedCount)}`;
			const into = piece<PrintedPiece>(pieces, name, () => ({ words: {}, printed: {}, codes: {} }));
			into.printed[printedIndex] = [printed[0], printed[2]];
			if (tokens[printedIndex]!.includes('#')) into.codes[printed[0]] = index.codes[printed[0]]!;
			const byWord = filed.get(name) ?? new Map<string, number[]>();
			filed.set(name, byWord);
			byWord.set(word, [...(byWord.get(word) ?? []), printedIndex]);
		}
	});
	for (const [name, byWord] of filed) {
		const into = pieces.get(name) as PrintedPiece;
		for (const [word, list] of byWord) into.words[word] = stepped(list);
	}
	index.codes.forEach((record, codeIndex) => {
		piece<CodePiece>(pieces, `c${Math.floor(codeIndex / sizes.codes)}`, () => ({ codes: {} })).codes[codeIndex] = record;
	});

	const protocols = index.protocols.map((protocol, protocolIndex): ShardedProtocol => {
		const own = index.codes.flatMap((record, codeIndex) => (record[0] === protocolIndex ? [codeIndex] : []));
		const first = own[0] ?? 0;
		const end = own.length === 0 ? 0 : own.at(-1)! + 1;
		if (own.length !== end - first) throw new Error(`the codes of ${protocol.id} are not together in the index`);
		return { ...protocol, first, end, spans: rangeSpans(protocol.space, own.map((codeIndex) => index.codes[codeIndex]![1])) };
	});
	const whole = JSON.stringify(index);
	const core: ShardedCore = {
		version: 3,
		build: [hashOf(whole), hashOf(whole, 0x1b873593)].map((hash) => hash.toString(16).padStart(8, '0')).join(''),
		count: index.codes.length,
		protocols,
		pieces: { keys: keyCount, words: wordCount, printed: printedCount, codes: sizes.codes },
		lengths: [...new Set(keyEntries.map(([key]) => key.length))].sort((a, b) => a - b),
	};
	return { core, pieces };
}

/** The index as far as its pieces have arrived; it notes in `needed` the pieces an answer lacked. */
export class ShardedIndex implements ResolverSource {
	/** Pieces the last answer read but did not have. */
	readonly needed = new Set<string>();
	private readonly held = new Set<string>();
	private readonly keys = new Map<string, number[]>();
	private readonly words = new Map<string, number[]>();
	private readonly printedByWord = new Map<string, number[]>();
	/** Printed strings as they arrived, and compiled the first time a line reads them. */
	private readonly written = new Map<number, [number, string]>();
	private readonly printed = new Map<number, PrintedRecord>();
	private readonly codes = new Map<number, CodeRecord>();
	private readonly near = new Map<number, [string, number[]][]>();

	/** No key has a length outside these: such a key is known absent without a fetch. */
	private readonly lengths: ReadonlySet<number>;

	readonly core: ShardedCore;

	constructor(core: ShardedCore) {
		this.core = core;
		this.lengths = new Set(core.lengths);
	}

	get protocols(): readonly ShardedProtocol[] {
		return this.core.protocols;
	}
	get count(): number {
		return this.core.count;
	}
	get complete(): boolean {
		return this.needed.size === 0;
	}

	/** Is the piece here? If not, it is noted as needed. */
	private holds(name: string): boolean {
		if (this.held.has(name)) return true;
		this.needed.add(name);
		return false;
	}

	/** Takes in a fetched piece. */
	add(name: string, data: unknown): void {
		if (this.held.has(name)) return;
		const kind = name[0];
		const codes = (data as Partial<CodePiece>).codes ?? {};
		for (const [codeIndex, record] of Object.entries(codes)) this.codes.set(Number(codeIndex), record);
		if (kind === 'k') for (const [key, hits] of Object.entries((data as KeyPiece).keys)) this.keys.set(key, hits);
		if (kind === 'w') {
			const { words, common } = data as WordPiece;
			for (const [word, hits] of Object.entries(words)) this.words.set(word, unstepped(hits));
			// The resolver reads no more of a common word than how many codes hold it.
			for (const [word, count] of Object.entries(common)) this.words.set(word, new Array<number>(count).fill(-1));
		}
		if (kind === 'p') {
			const { words, printed } = data as PrintedPiece;
			for (const [word, list] of Object.entries(words)) this.printedByWord.set(word, unstepped(list));
			for (const [printedIndex, written] of Object.entries(printed)) this.written.set(Number(printedIndex), written);
		}
		if (kind === 'n') this.near.set(Number(name.slice(1)), (data as LengthPiece).keys);
		this.held.add(name);
	}

	protocolOf(codeIndex: number): number {
		return this.core.protocols.findIndex((protocol) => codeIndex >= protocol.first && codeIndex < protocol.end);
	}
	code(codeIndex: number): CodeRecord {
		const record = this.codes.get(codeIndex);
		if (record) return record;
		this.holds(`c${Math.floor(codeIndex / this.core.pieces.codes)}`);
		// A stand-in until the piece arrives; the answer it goes into is thrown away.
		return [this.protocolOf(codeIndex), '', '', '', 'error-code'];
	}
	keyHits(key: string): readonly number[] | undefined {
		if (!this.lengths.has(key.length)) return undefined;
		return this.holds(`k${bucketOf(key, this.core.pieces.keys)}`) ? this.keys.get(key) : undefined;
	}
	wordHits(word: string): readonly number[] | undefined {
		return this.holds(`w${bucketOf(word, this.core.pieces.words)}`) ? this.words.get(word) : undefined;
	}
	printedWith(words: ReadonlySet<string>): readonly PrintedRecord[] {
		const found = new Set<number>();
		for (const word of words) {
			if (!this.holds(`p${bucketOf(word, this.core.pieces.printed)}`)) continue;
			for (const printedIndex of this.printedByWord.get(word) ?? []) found.add(printedIndex);
		}
		return [...found].sort((a, b) => a - b).map((printedIndex) => {
			let record = this.printed.get(printedIndex);
			if (!record) {
				const [codeIndex, template] = this.written.get(printedIndex)!;
				this.printed.set(printedIndex, (record = [codeIndex, compileTemplate(template).join(' '), template]));
			}
			return record;
		});
	}
	*keysOfLength(min: number, max: number): Iterable<readonly [string, readonly number[]]> {
		for (const length of this.core.lengths) {
			if (length < min || length > max || !this.holds(`n${length}`)) continue;
			yield* this.near.get(length)!;
		}
	}
	span(protocolIndex: number, rangeIndex: number): readonly string[] {
		return this.core.protocols[protocolIndex]?.spans[rangeIndex] ?? [];
	}
}

/** At most this many rounds of fetching: the core's pieces, the codes they name, close spellings and theirs. */
const maxRounds = 6;

/**
 * Runs `answer` on the pieces at hand, fetches the pieces it lacked, and runs it again, until it
 * lacked none: then its answer is the whole index's.
 */
export async function settle<T>(index: ShardedIndex, fetchPiece: (name: string) => Promise<unknown>, answer: (source: ShardedIndex) => T): Promise<T> {
	for (let round = 1; ; round += 1) {
		index.needed.clear();
		const result = answer(index);
		if (index.complete) return result;
		if (round === maxRounds) throw new Error('the code index did not settle');
		const names = [...index.needed];
		const fetched = await Promise.all(names.map((name) => fetchPiece(name)));
		names.forEach((name, i) => index.add(name, fetched[i]));
	}
}

/** Where the pieces of a build are served. */
export const shardsPath = '/resolver';
export const coreUrl = `${shardsPath}/core.json`;
export const pieceUrl = (core: ShardedCore, name: string) => `${shardsPath}/${core.build}/${name}.json`;
