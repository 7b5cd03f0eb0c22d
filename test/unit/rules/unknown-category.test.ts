// Rule: an entry's categories are its protocol's.
import { describe, expect, it } from 'vitest';
import { checkUnknownCategory } from '../../../src/lib/rules/unknown-category';
import { fixtureCatalogue } from '../../support/fixtures';

describe('unknown-category', () => {
	it('accepts the valid catalogue', () => {
		expect(checkUnknownCategory(fixtureCatalogue().catalogue)).toEqual([]);
	});

	it("names the protocol's categories and the one found", () => {
		expect(checkUnknownCategory(fixtureCatalogue('unknown-category').catalogue)).toMatchInlineSnapshot(`
			[
			  {
			    "field": "categories.0",
			    "file": "test/fixtures/invalid/unknown-category/errors/demo/0x0001.md",
			    "message": "expected a Demo category (link, data); found "links"",
			  },
			]
		`);
	});
});
