/**
 * Rule: every file matches its collection's schema. The messages are this site's, built from each
 * issue's code and fields, so they read the same whatever wording the schema library ships; words a
 * schema gives itself (a refinement's message) are kept, as they say what that schema expects.
 */
import type { z } from 'astro/zod';
import type { Checked, ContentFile, Problem } from './rule';

/** Stands for "the schema gave no words of its own": a parse-time message ranks below a schema's. */
const noWordsOfItsOwn = '\u0000';

export interface SchemaCheck<T> {
	valid: Checked<T>[];
	rejected: ContentFile[];
	problems: Problem[];
}

export function checkSchema<T>(schema: z.ZodType<T>, files: readonly ContentFile[]): SchemaCheck<T> {
	const check: SchemaCheck<T> = { valid: [], rejected: [], problems: [] };
	for (const file of files) {
		const result = schema.safeParse(file.data, { error: () => noWordsOfItsOwn });
		if (result.success) {
			check.valid.push({ file, data: result.data });
			continue;
		}
		check.rejected.push(file);
		for (const issue of result.error.issues) {
			for (const described of describeIssue(issue, file.data)) check.problems.push({ file: file.path, ...described });
		}
	}
	return check;
}

/** One issue as problems (one per unknown key), each with its field and what was expected and found. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): Omit<Problem, 'file'>[] {
	if (issue.code === 'unrecognized_keys') {
		return issue.keys.map((key) => ({
			field: fieldPath([...issue.path, key]),
			message: 'unknown field: expected only the fields the schema defines (check the spelling)',
		}));
	}
	const found = valueAt(data, issue.path);
	return [{ field: fieldPath(issue.path), message: `expected ${expectation(issue)}; found ${describeFound(issue, found)}` }];
}

function fieldPath(path: readonly PropertyKey[]): string | undefined {
	return path.length === 0 ? undefined : path.map(String).join('.');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
	return value;
}

const typeNames: Record<string, string> = {
	array: 'a list',
	object: 'a set of fields',
	int: 'a whole number',
	number: 'a number',
	boolean: 'true or false',
};

function expectation(issue: z.core.$ZodIssue): string {
	if (issue.message !== noWordsOfItsOwn) return issue.message;
	switch (issue.code) {
		case 'invalid_type':
			return typeNames[issue.expected] ?? issue.expected;
		case 'invalid_value':
			return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
		case 'too_small':
			return sizeExpectation(issue.origin, 'at least', Number(issue.minimum), issue.inclusive !== false);
		case 'too_big':
			return sizeExpectation(issue.origin, 'at most', Number(issue.maximum), issue.inclusive !== false);
		case 'invalid_format':
			return issue.format === 'regex' && issue.pattern ? `text matching ${issue.pattern}` : `a valid ${issue.format}`;
		case 'not_multiple_of':
			return `a multiple of ${issue.divisor}`;
		case 'invalid_union':
			return issue.errors.length === 0
				? 'a value that fits exactly one of its forms'
				: [...new Set(issue.errors.map((branch) => (branch[0] ? expectation(branch[0]) : 'another form')))].join(' or ');
		case 'invalid_key':
			return `a key that is ${issue.issues.map(expectation).join(' and ')}`;
		case 'invalid_element':
			return `elements that are ${issue.issues.map(expectation).join(' and ')}`;
		case 'unrecognized_keys':
			return 'only the fields the schema defines';
		case 'custom':
			return 'a value the schema accepts';
	}
}

function sizeExpectation(origin: string, bound: 'at least' | 'at most', limit: number, inclusive: boolean): string {
	if (origin === 'string') return bound === 'at least' && limit === 1 ? 'text, not empty' : `${bound} ${limit} characters`;
	if (origin === 'array' || origin === 'set') return bound === 'at least' && limit === 1 ? 'at least one item' : `${bound} ${limit} items`;
	if (inclusive) return `a number ${bound} ${limit}`;
	return `a number ${bound === 'at least' ? 'above' : 'below'} ${limit}`;
}

function describeFound(issue: z.core.$ZodIssue, found: unknown): string {
	if (found === undefined) return 'nothing (the field is missing)';
	if (found instanceof Date) return `the date ${found.toISOString().slice(0, 10)} (YAML reads an unquoted date as a date: quote it)`;
	if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean')) {
		return `${JSON.stringify(found)} (YAML reads it as a ${typeof found}: quote it)`;
	}
	if ((issue.code === 'too_big' || issue.code === 'too_small') && Array.isArray(found)) return `${found.length} items`;
	if (issue.code === 'too_big' && typeof found === 'string') return `${found.length} characters`;
	return JSON.stringify(found);
}
