// The benchmark's synthetic catalogue: valid against the real schemas and rules, the counts asked for, deterministic.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../../src/lib/corpus';
import { loadCatalogue } from '../../src/lib/read-content';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'atlas-generate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('generateCatalogue', () => {
	const root = join(work, 'a');
	const generated = generateCatalogue(root, { codes: 50, protocols: 8, seed: 7 });
	const checked = loadCatalogue(root, projectRoot);
	const entryFiles = checked.entries.map((entry) => entry.file);

	it('writes a catalogue the corpus check finds no problems in', () => {
		const problems = checked.problems;
		if (problems.length > 0) expect.fail(formatProblems(problems));
	});

	it('writes the number of codes and protocols asked for, and the real concepts', () => {
		expect(entryFiles).toHaveLength(50);
		expect(generated.codes).toBe(50);
		expect([...checked.protocols.keys()]).toHaveLength(8);
		expect(generated.codesByProtocol.size).toBe(8);
		expect([...generated.codesByProtocol.values()].reduce((a, b) => a + b, 0)).toBe(50);
		for (const [protocol, count] of generated.codesByProtocol) {
			expect(entryFiles.filter((entry) => entry.protocol === protocol), protocol).toHaveLength(count);
		}
		const realConcepts = readdirSync(join(projectRoot, 'content/concepts')).filter((name) => name.endsWith('.md'));
		expect([...checked.concepts.keys()]).toHaveLength(realConcepts.length);
	});

	it('fills entries like real ones: categories, concepts, recoverability, and an example code block in about a third', () => {
		expect(checked.entries.every(({ data }) => data.categories.length > 0 && data.summary.length <= 160)).toBe(true);
		expect(checked.entries.some(({ data }) => data.concepts.length > 0)).toBe(true);
		expect(checked.entries.some(({ data }) => data.related.length > 0)).toBe(true);
		expect(checked.entries.some(({ data }) => data.causes.length > 0 && data.actions !== undefined)).toBe(true);
		const bodies = entryFiles.map((entry) => readFileSync(join(root, 'errors', entry.protocol!, `${entry.stem}.md`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').trim());
		const withExample = bodies.filter((body) => /^## Example\n[\s\S]*```\w+\n/.test(body));
		expect(withExample.length + bodies.filter((body) => body === '').length, 'a body is an example or nothing').toBe(bodies.length);
		// 47 of the 143 real entries carry a code example; a 50-code sample lands near a third.
		expect(withExample.length / bodies.length).toBeGreaterThan(0.2);
		expect(withExample.length / bodies.length).toBeLessThan(0.5);
	});

	it('is deterministic for a seed', () => {
		const again = join(work, 'b');
		generateCatalogue(again, { codes: 50, protocols: 8, seed: 7 });
		const files = (folder: string) =>
			entryFiles.map((entry) => readFileSync(join(folder, 'errors', entry.protocol!, `${entry.stem}.md`), 'utf8'));
		expect(files(again)).toEqual(files(root));
	});
});
