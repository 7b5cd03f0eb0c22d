// Rule: a code matches its protocol's pattern.
import { describe, expect, it } from 'vitest';
import { checkCodePattern } from '../../../src/lib/rules/code-pattern';
import { fixtureCatalogue } from '../../support/fixtures';

describe('code-pattern', () => {
	it('accepts the valid catalogue', () => {
		expect(checkCodePattern(fixtureCatalogue().catalogue)).toEqual([]);
	});

	it('names the code, the pattern and an example', () => {
		expect(checkCodePattern(fixtureCatalogue('code-pattern').catalogue)).toMatchInlineSnapshot(`
			[
			  {
			    "field": "code",
			    "file": "test/fixtures/invalid/code-pattern/errors/demo/0x02.md",
			    "message": "expected a Demo code matching /0x[0-9A-F]{4}(_[0-9]{2})?/ (e.g. 0x0001); found "0x02"",
			  },
			]
		`);
	});
});
