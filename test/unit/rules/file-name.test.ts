// Rule: an entry's file is named after its code's slug.
import { describe, expect, it } from 'vitest';
import { checkFileName } from '../../../src/lib/rules/file-name';
import { fixtureCatalogue } from '../../support/fixtures';

describe('file-name', () => {
	it('accepts the valid catalogue', () => {
		expect(checkFileName(fixtureCatalogue().catalogue)).toEqual([]);
	});

	it('names the file the code asks for', () => {
		expect(checkFileName(fixtureCatalogue('file-name').catalogue)).toMatchInlineSnapshot(`
			[
			  {
			    "field": "code",
			    "file": "test/fixtures/invalid/file-name/errors/demo/bad_data.md",
			    "message": "expected the file to be named "0x0002.md" after its code "0x0002"; found "bad_data.md"",
			  },
			]
		`);
	});

	it("follows the protocol's slug namespaces, and reports a kind that has none against the kind", () => {
		const { catalogue } = fixtureCatalogue();
		const demo = catalogue.protocols.get('demo')!;
		const namespaced = { ...catalogue, protocols: new Map([['demo', { ...demo, slugs: { namespaces: { 'sub-code': 'sub' } } }]]) };
		const problems = checkFileName(namespaced);
		// The wording of a missing namespace is the slug module's own, pinned by its tests.
		expect(problems.filter((problem) => problem.field === 'kind').map((problem) => problem.file)).toEqual([
			'test/fixtures/valid/errors/demo/0x0001.md',
			'test/fixtures/valid/errors/demo/0x0002.md',
		]);
		expect(problems.filter((problem) => problem.field !== 'kind')).toMatchInlineSnapshot(`
			[
			  {
			    "field": "code",
			    "file": "test/fixtures/valid/errors/demo/0x0002_01.md",
			    "message": "expected the file to be named "sub-0x0002_01.md" after its code "0x0002_01"; found "0x0002_01.md"",
			  },
			]
		`);
	});
});
