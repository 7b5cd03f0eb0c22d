// Lines the implementations really print (test/corpus/*.jsonl, each with the repository, path, line and
// commit it comes from) must lead to their code: first for nine in ten, within three for 98 in 100, and
// never a confident jump to a wrong page.
import { describe, expect, it } from 'vitest';
import { resolveText } from '../../src/lib/resolve';
import { index } from '../support/catalogue';
import { readCorpus } from '../support/corpus';

const corpus = readCorpus();

const pathOf = (id: string) => `/${id}/`;

describe('the corpus of real output', () => {
	it('names its source for every line, and only codes that exist', () => {
		const known = new Set(index.codes.map(([protocol, , , slug]) => `/${index.protocols[protocol]!.id}/${slug}/`));
		for (const line of corpus) {
			expect(line.repo, line.text).toMatch(/^[\w.-]+\/[\w.-]+$/);
			expect(line.commit, line.text).toMatch(/^[0-9a-f]{40}$/);
			expect(line.path.length, line.text).toBeGreaterThan(0);
			expect(line.line, line.text).toBeGreaterThan(0);
			expect(line.codes.length, line.text).toBeGreaterThan(0);
			for (const code of line.codes) expect(known, `${line.file}: ${code}`).toContain(pathOf(code));
		}
		expect(corpus.length).toBeGreaterThanOrEqual(150);
	});

	it('leads each line to its code: 90 % first, 98 % in the first three, no wrong jump', () => {
		const tally = { first: 0, topThree: 0, jumps: 0, wrongJumps: [] as string[], misses: [] as string[] };
		for (const line of corpus) {
			const expected = new Set(line.codes.map(pathOf));
			const resolution = resolveText(index, line.text);
			const ranked = resolution.matches.map((match) => match.path);
			if (resolution.best) {
				tally.jumps += 1;
				if (!expected.has(resolution.best.path)) tally.wrongJumps.push(`${line.text} → ${resolution.best.path} (expected ${line.codes.join(', ')})`);
			}
			if (expected.has(ranked[0] ?? '')) tally.first += 1;
			if (ranked.slice(0, 3).some((path) => expected.has(path))) tally.topThree += 1;
			else tally.misses.push(`${line.text} → ${ranked.slice(0, 3).join(' ') || 'nothing'} (expected ${line.codes.join(', ')})`);
		}
		const percent = (count: number) => `${((100 * count) / corpus.length).toFixed(1)} %`;
		console.log(
			`real output: ${corpus.length} lines; first ${tally.first} (${percent(tally.first)}), first three ${tally.topThree} (${percent(tally.topThree)}), jumps ${tally.jumps}, wrong jumps ${tally.wrongJumps.length}`,
		);
		expect(tally.wrongJumps).toEqual([]);
		expect(tally.first / corpus.length, tally.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
		expect(tally.topThree / corpus.length, tally.misses.join('\n')).toBeGreaterThanOrEqual(0.98);
	});
});
