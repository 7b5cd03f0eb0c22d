// Rule: an entry's concepts are defined in concepts/.
import { describe, expect, it } from 'vitest';
import { checkUnknownConcept } from '../../../src/lib/rules/unknown-concept';
import { fixtureCatalogue } from '../../support/fixtures';

describe('unknown-concept', () => {
	it('accepts the valid catalogue', () => {
		expect(checkUnknownConcept(fixtureCatalogue().catalogue)).toEqual([]);
	});

	it('names the concepts there are and the one found', () => {
		expect(checkUnknownConcept(fixtureCatalogue('unknown-concept').catalogue)).toMatchInlineSnapshot(`
			[
			  {
			    "field": "concepts.0.id",
			    "file": "test/fixtures/invalid/unknown-concept/errors/demo/0x0001.md",
			    "message": "expected a concept id (link-loss); found "link-lost"",
			  },
			]
		`);
	});
});
