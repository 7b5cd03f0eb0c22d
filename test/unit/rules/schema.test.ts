// Rule: each file matches its collection's schema, with messages in this site's words, whatever the schema library's.
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkSchema } from '../../../src/lib/rules/schema';
import { slugRuleSchema } from '../../../src/schemas/protocol';
import { fixtureCatalogue } from '../../support/fixtures';

const problemsFor = (schema: z.ZodType, data: unknown) => checkSchema(schema, [{ path: 'demo.md', stem: 'demo', data }]).problems;

describe('schema', () => {
	it('accepts the valid catalogue, and keeps every file', () => {
		const { catalogue, problems } = fixtureCatalogue();
		expect(problems).toEqual([]);
		expect([catalogue.protocols.size, catalogue.concepts.size, catalogue.entries.length, catalogue.printed.length]).toEqual([1, 1, 3, 1]);
	});

	it('says what each broken field expected and what it found', () => {
		const fixtures = ['bad-enum', 'bad-pattern', 'missing-field', 'site-without-basis', 'unknown-field', 'unquoted-date', 'wrong-type'];
		expect(fixtures.flatMap((fixture) => fixtureCatalogue(fixture).problems)).toMatchInlineSnapshot(`
			[
			  {
			    "field": "action.retry",
			    "file": "test/fixtures/invalid/bad-enum/errors/demo/0x0001.md",
			    "message": "expected one of "now", "backoff", "after-fix", "never", "none"; found "maybe"",
			  },
			  {
			    "field": "codeFormat.pattern",
			    "file": "test/fixtures/invalid/bad-pattern/protocols/demo.md",
			    "message": "expected a valid regular expression; found "0x[0-9"",
			  },
			  {
			    "field": "meaning",
			    "file": "test/fixtures/invalid/missing-field/errors/demo/0x0001.md",
			    "message": "expected string; found nothing (the field is missing)",
			  },
			  {
			    "field": "action.basis",
			    "file": "test/fixtures/invalid/site-without-basis/errors/demo/0x0002.md",
			    "message": "expected an action the source does not fully state needs a "basis" saying what the site rests it on; found nothing (the field is missing)",
			  },
			  {
			    "field": "sumary",
			    "file": "test/fixtures/invalid/unknown-field/errors/demo/0x0001.md",
			    "message": "unknown field: expected only the fields the schema defines (check the spelling)",
			  },
			  {
			    "field": "retired.since",
			    "file": "test/fixtures/invalid/unquoted-date/errors/demo/0x0002.md",
			    "message": "expected string; found the date 2024-01-01 (YAML reads an unquoted date as a date: quote it)",
			  },
			  {
			    "field": "code",
			    "file": "test/fixtures/invalid/wrong-type/errors/demo/0x0001.md",
			    "message": "expected string; found 1 (YAML reads it as a number: quote it)",
			  },
			]
		`);
	});

	it('words sizes, formats and whole numbers itself', () => {
		const schema = z.strictObject({
			name: z.string().trim().min(1),
			summary: z.string().max(10),
			steps: z.array(z.string()).min(1),
			id: z.string().regex(/^[a-z]+$/),
			url: z.url(),
			order: z.number().int(),
		});
		const data = { name: '  ', summary: 'far too long a line', steps: [], id: 'Link', url: 'nowhere', order: 1.5 };
		expect(problemsFor(schema, data).map(({ field, message }) => `${field}: ${message}`)).toMatchInlineSnapshot(`
			[
			  "name: expected text, not empty; found "  "",
			  "summary: expected at most 10 characters; found 19 characters",
			  "steps: expected at least one item; found 0 items",
			  "id: expected text matching /^[a-z]+$/; found "Link"",
			  "url: expected a valid url; found "nowhere"",
			  "order: expected a whole number; found 1.5",
			]
		`);
	});

	it('lists the forms a union accepts, and keeps words a schema gives itself', () => {
		expect(problemsFor(slugRuleSchema, { namespaces: { 'error-code': 5, 'sub-code': 'Sub' } })).toMatchInlineSnapshot(`
			[
			  {
			    "field": "namespaces.error-code",
			    "file": "demo.md",
			    "message": "expected string or a set of fields; found 5",
			  },
			  {
			    "field": "namespaces.sub-code",
			    "file": "demo.md",
			    "message": "expected a lower-case, hyphen-separated word; found "Sub"",
			  },
			]
		`);
	});

	it('sets a rejected file aside, so the other rules can tell it exists', () => {
		const check = checkSchema(z.strictObject({ code: z.string() }), [
			{ path: 'a.md', stem: 'a', data: { code: 'A' } },
			{ path: 'b.md', stem: 'b', data: { code: 2 } },
		]);
		expect(check.valid.map(({ file }) => file.stem)).toEqual(['a']);
		expect(check.rejected.map((file) => file.stem)).toEqual(['b']);
	});
});
