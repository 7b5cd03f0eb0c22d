// Rule: a protocol defines each code once.
import { describe, expect, it } from 'vitest';
import { checkDuplicateCode } from '../../../src/lib/rules/duplicate-code';
import { fixtureCatalogue } from '../../support/fixtures';

describe('duplicate-code', () => {
	it('accepts the valid catalogue', () => {
		expect(checkDuplicateCode(fixtureCatalogue().catalogue)).toEqual([]);
	});

	it('reports the second file and names the first', () => {
		expect(checkDuplicateCode(fixtureCatalogue('duplicate-code').catalogue)).toMatchInlineSnapshot(`
			[
			  {
			    "field": "code",
			    "file": "test/fixtures/invalid/duplicate-code/errors/demo/0x0002_01.md",
			    "message": "expected each Demo code once; "0x0002" is also in test/fixtures/invalid/duplicate-code/errors/demo/0x0002.md",
			  },
			]
		`);
	});
});
