// The resolver's index in pieces (src/lib/resolver-shards.ts): it answers every text as the whole index
// does, and what a code-shaped answer fetches does not grow with the catalogue.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { resolvePath, resolveText, type Resolution, type ResolverIndex, type ResolverSource } from '../../src/lib/resolve';
import { pieceUrl, settle, shardIndex, ShardedIndex, type ShardedFiles } from '../../src/lib/resolver-shards';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue';
import { codeQueries, indexOfFolder, listed, piecesFetched } from '../../scripts/bench/lookup';
import { index } from '../support/catalogue';
import { readCorpus } from '../support/corpus';
import { projectRoot } from '../support/dist';

/** Pieces travel as JSON: numbers as keys come back as strings. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Answers from pieces fetched as needed and kept between questions, as the page's worker keeps them. */
function inPieces(files: ShardedFiles) {
	const held = new ShardedIndex(overTheWire(files.core));
	return <T>(answer: (source: ResolverSource) => T): Promise<T> => settle(held, async (name) => overTheWire(files.pieces.get(name)), answer);
}

describe('the index in pieces', { timeout: 60_000 }, () => {
	const files = shardIndex(index);
	const answer = inPieces(files);
	const corpus = readCorpus();
	/** From nothing but the core: the first answer a page gives. */
	const fresh = <T>(ask: (source: ResolverSource) => T) => inPieces(files)(ask);

	it('resolves every line of real output to the same answer as the whole index', async () => {
		expect(files.pieces.size).toBeGreaterThan(50);
		for (const line of corpus) {
			const whole = resolveText(index, line.text, { limit: listed });
			expect(await answer((source) => resolveText(source, line.text, { limit: listed })), line.text).toEqual(whole);
			// The limit only cuts the list: the first matches are the unlimited list's first ones.
			expect(whole.matches).toEqual(resolveText(index, line.text).matches.slice(0, listed));
		}
	});

	it('gives the same answer with no limit and with a protocol chosen', async () => {
		for (const line of corpus.filter((_, position) => position % 5 === 0)) {
			expect(await answer((source) => resolveText(source, line.text)), line.text).toEqual(resolveText(index, line.text));
			const protocol = line.codes[0]!.split('/')[0]!;
			expect(await answer((source) => resolveText(source, line.text, { protocol })), line.text).toEqual(resolveText(index, line.text, { protocol }));
		}
	});

	it('resolves addresses, other spellings, typos and code-shaped misses as the whole index does', async () => {
		const questions: string[] = ['/stt/0x0999/', '/STT/0x01/', '/twamp/9/', '/twamp/', '/nothing-here/at-all/', '/dtp/1001x/', '0x0999', '7', '42', 'timeout', 'constructor', ''];
		index.codes.forEach(([protocolIndex, code, name, slug], codeIndex) => {
			const protocol = index.protocols[protocolIndex]!.id;
			if (codeIndex % 3 === 0) questions.push(`/${protocol.toUpperCase()}/${code.toUpperCase()}/`, `/${slug}/`, code, name);
			// A typo: the last letter or digit of the slug changed, or dropped.
			if (codeIndex % 4 === 0) questions.push(`/${protocol}/${slug.slice(0, -1)}${slug.endsWith('q') ? 'r' : 'q'}/`, `/${protocol}/${slug.slice(0, -1)}/`);
		});
		let near = 0;
		for (const question of questions) {
			const ask = (source: ResolverIndex | ResolverSource): Resolution =>
				question.startsWith('/') ? resolvePath(source, question, { limit: listed }) : resolveText(source, question, { limit: listed });
			const whole = ask(index);
			if (whole.suggestions.length > 0) near += 1;
			expect(await (near % 2 === 0 ? fresh : answer)(ask), question).toEqual(whole);
		}
		// The typos did reach the close-spelling path, and the misses the code-range one.
		expect(near).toBeGreaterThan(10);
		expect(resolvePath(index, '/stt/0x0999/').miss).toMatch(/0x09XX/);
	});

	it('writes every piece its core counts, under the folder of its own build', () => {
		const { core } = files;
		for (const [kind, count] of [['k', core.pieces.keys], ['w', core.pieces.words], ['p', core.pieces.printed]] as const) {
			for (let i = 0; i < count; i += 1) expect(files.pieces.has(`${kind}${i}`), `${kind}${i}`).toBe(true);
		}
		for (let i = 0; i * core.pieces.codes < core.count; i += 1) expect(files.pieces.has(`c${i}`), `c${i}`).toBe(true);
		for (const length of core.lengths) expect(files.pieces.has(`n${length}`)).toBe(true);
		// Another catalogue is another build: its core never reads this build's pieces.
		const other = shardIndex({ ...index, codes: index.codes.map((record, i) => (i === 0 ? [record[0], record[1], `${record[2]} (renamed)`, record[3], record[4]] : record)) });
		expect(other.core.build).not.toBe(core.build);
		expect(pieceUrl(core, 'k0')).toBe(`/resolver/${core.build}/k0.json`);
	});
});

describe('what a code-shaped answer fetches as the catalogue grows', () => {
	const work = mkdtempSync(join(tmpdir(), 'atlas-shards-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));
	const sizes = [200, 400].map((codes) => {
		const root = join(work, String(codes));
		generateCatalogue(root, { codes, protocols: 12, seed: 1 });
		return indexOfFolder(root, projectRoot);
	});

	it('fetches about the same while the catalogue doubles, though the whole index doubles', async () => {
		const [small, large] = await Promise.all(
			sizes.map(async (whole) => {
				const files = shardIndex(whole);
				const fetched = await Promise.all(codeQueries(whole).map((query) => piecesFetched(files, query)));
				return { whole: gzipSync(JSON.stringify(whole)).length, fetched: fetched.reduce((sum, one) => sum + one.gzip, 0), queries: fetched.length };
			}),
		);
		// Same protocols, same queries: one code per protocol and the issue's own.
		expect(large!.queries).toBe(small!.queries);
		expect(large!.whole).toBeGreaterThan(1.7 * small!.whole);
		// Pieces hold about as much at any size, but which words share a piece is chance: a tenth either way.
		expect(large!.fetched, `fetched ${small!.fetched} B for ${small!.queries} queries at 200 codes, ${large!.fetched} B at 400`).toBeLessThan(1.1 * small!.fetched);
	});
});
