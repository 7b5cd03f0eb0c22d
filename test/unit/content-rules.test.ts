// Each content rule has a fixture that breaks it once; the checker must name the file, the field and what it expected.
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/corpus';
import { invalidFixtures, loadFixture } from '../support/fixtures';

describe('the valid fixture', () => {
	it('has no problems', () => {
		expect(loadFixture().problems).toEqual([]);
	});
});

const demo = 'test/fixtures/invalid';

interface Expectation {
	fixture: string;
	file: string;
	field: string | undefined;
	/** Words the message must contain: what was expected and what was found. */
	says: string[];
}

const expectations: Expectation[] = [
	{ fixture: 'unknown-field', file: 'errors/demo/0x0001.md', field: 'sumary', says: ['unknown field'] },
	{ fixture: 'missing-field', file: 'errors/demo/0x0001.md', field: 'meaning', says: ['expected string', 'missing'] },
	{ fixture: 'wrong-type', file: 'errors/demo/0x0001.md', field: 'code', says: ['expected string', 'found 1'] },
	{ fixture: 'bad-enum', file: 'errors/demo/0x0001.md', field: 'action.retry', says: ['"now"', '"none"', 'found "maybe"'] },
	{ fixture: 'code-pattern', file: 'errors/demo/0x02.md', field: 'code', says: ['matching /0x[0-9A-F]{4}(_[0-9]{2})?/', 'found "0x02"'] },
	{ fixture: 'file-name', file: 'errors/demo/bad_data.md', field: 'code', says: ['"0x0002.md"', 'found "bad_data.md"'] },
	{ fixture: 'duplicate-code', file: 'errors/demo/0x0002_01.md', field: 'code', says: ['once', '"0x0002"', 'errors/demo/0x0002.md'] },
	{ fixture: 'unknown-category', file: 'errors/demo/0x0001.md', field: 'categories.0', says: ['link, data', 'found "links"'] },
	{ fixture: 'related-missing', file: 'errors/demo/0x0001.md', field: 'related.0.code', says: ['existing Demo code', '"0x0009"'] },
	{ fixture: 'parent-missing', file: 'errors/demo/0x0002_01.md', field: 'parent', says: ['existing Demo code', '"0x0003"'] },
	{ fixture: 'subcode-without-parent', file: 'errors/demo/0x0002_01.md', field: 'parent', says: ['parent code', 'missing'] },
	{ fixture: 'site-without-basis', file: 'errors/demo/0x0002.md', field: 'action.basis', says: ['does not fully state', 'basis'] },
	{ fixture: 'unknown-protocol', file: 'errors/demo2/0x0002_01.md', field: undefined, says: ['"demo2" names no protocol', 'demo'] },
	{ fixture: 'no-front-matter', file: 'errors/demo/0x0001.md', field: undefined, says: ['YAML front matter'] },
	{ fixture: 'bad-yaml', file: 'errors/demo/0x0001.md', field: undefined, says: ['valid YAML front matter', 'line 22, column 12', 'bad indentation'] },
	{ fixture: 'unquoted-date', file: 'errors/demo/0x0002.md', field: 'retired.since', says: ['expected string', 'the date 2024-01-01', 'quote it'] },
	{ fixture: 'retired-replacement-missing', file: 'errors/demo/0x0002.md', field: 'retired.replacedBy', says: ['existing Demo code', '"0x0007"'] },
	{ fixture: 'unknown-concept', file: 'errors/demo/0x0001.md', field: 'concepts.0.id', says: ['concept id (link-loss)', 'found "link-lost"'] },
	{ fixture: 'bad-pattern', file: 'protocols/demo.md', field: 'codeFormat.pattern', says: ['valid regular expression'] },
	{ fixture: 'printed-code-missing', file: 'printed/demo.yaml', field: 'shapes.0.code', says: ['existing Demo code', '"0x0009"'] },
];

it('has an expectation for every invalid fixture', () => {
	expect(expectations.map(({ fixture }) => fixture).sort()).toEqual(invalidFixtures);
});

describe.each(expectations)('the $fixture fixture', ({ fixture, file, field, says }) => {
	const problems = loadFixture(fixture).problems;

	it('is reported against the right file and field', () => {
		const path = `${demo}/${fixture}/${file}`;
		const match = problems.find(
			(problem) => problem.file === path && problem.field === field && says.every((words) => problem.message.includes(words)),
		);
		expect(match, `no problem for ${path} field ${field} saying ${says.join(' … ')} in:\n${formatProblems(problems)}`).toBeDefined();
	});

	it('names file and field in the message that stops the build', () => {
		const message = formatProblems(problems);
		expect(message).toContain(`${demo}/${fixture}/${file}`);
		if (field) expect(message).toContain(`field "${field}"`);
	});

	it('breaks nothing else: every problem is about that one file', () => {
		expect(problems.filter((problem) => problem.file !== `${demo}/${fixture}/${file}`)).toEqual([]);
	});
});
