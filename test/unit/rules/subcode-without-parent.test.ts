// Rule: a sub-code names its parent.
import { describe, expect, it } from 'vitest';
import { checkSubcodeWithoutParent } from '../../../src/lib/rules/subcode-without-parent';
import { fixtureCatalogue } from '../../support/fixtures';

describe('subcode-without-parent', () => {
	it('accepts the valid catalogue', () => {
		expect(checkSubcodeWithoutParent(fixtureCatalogue().catalogue)).toEqual([]);
	});

	it('asks for the parent', () => {
		expect(checkSubcodeWithoutParent(fixtureCatalogue('subcode-without-parent').catalogue)).toMatchInlineSnapshot(`
			[
			  {
			    "field": "parent",
			    "file": "test/fixtures/invalid/subcode-without-parent/errors/demo/0x0002_01.md",
			    "message": "expected the parent code of this sub-code; found nothing (the field is missing)",
			  },
			]
		`);
	});
});
