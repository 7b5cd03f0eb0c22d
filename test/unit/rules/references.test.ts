// Rule: parent, retired.replacedBy and related name other existing codes of the same protocol.
import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../../src/lib/rules/references';
import type { Catalogue } from '../../../src/lib/rules/rule';
import type { ErrorEntryData } from '../../../src/schemas/error-entry';
import { fixtureCatalogue } from '../../support/fixtures';

function withEntry(catalogue: Catalogue, stem: string, change: (data: ErrorEntryData) => ErrorEntryData): Catalogue {
	return { ...catalogue, entries: catalogue.entries.map((entry) => (entry.file.stem === stem ? { ...entry, data: change(entry.data) } : entry)) };
}

describe('references', () => {
	it('accepts the valid catalogue', () => {
		expect(checkReferences(fixtureCatalogue().catalogue)).toEqual([]);
	});

	it('names each field that points at a code with no entry', () => {
		const problems = ['parent-missing', 'related-missing', 'retired-replacement-missing'].flatMap((fixture) => checkReferences(fixtureCatalogue(fixture).catalogue));
		expect(problems).toMatchInlineSnapshot(`
			[
			  {
			    "field": "parent",
			    "file": "test/fixtures/invalid/parent-missing/errors/demo/0x0002_01.md",
			    "message": "expected an existing Demo code; found "0x0003", which has no entry",
			  },
			  {
			    "field": "related.0.code",
			    "file": "test/fixtures/invalid/related-missing/errors/demo/0x0001.md",
			    "message": "expected an existing Demo code; found "0x0009", which has no entry",
			  },
			  {
			    "field": "retired.replacedBy",
			    "file": "test/fixtures/invalid/retired-replacement-missing/errors/demo/0x0002.md",
			    "message": "expected an existing Demo code; found "0x0007", which has no entry",
			  },
			]
		`);
	});

	it('refuses an entry pointing at itself', () => {
		const selfRelated = withEntry(fixtureCatalogue().catalogue, '0x0001', (data) => ({ ...data, related: [{ ...data.related[0]!, code: '0x0001' }] }));
		expect(checkReferences(selfRelated)).toMatchInlineSnapshot(`
			[
			  {
			    "field": "related.0.code",
			    "file": "test/fixtures/valid/errors/demo/0x0001.md",
			    "message": "expected another code; found the entry's own code "0x0001"",
			  },
			]
		`);
	});

	it('counts a code whose file its schema turned away as existing: that file has the problem', () => {
		const { catalogue, problems } = fixtureCatalogue('site-without-basis');
		expect(problems.map((problem) => problem.file)).toEqual(['test/fixtures/invalid/site-without-basis/errors/demo/0x0002.md']);
		expect(checkReferences(catalogue)).toEqual([]);
	});
});
