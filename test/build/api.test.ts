// The built JSON API in dist/api/v1/: every file valid against the published schema, one file per
// entry, codes.json listing each code once, and every URL in it leading to a built page.
// Expectations come from content/ read directly from disk, not from the code that builds the API.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { distRoot, fileForPath, projectRoot } from '../support/dist';
import { describeErrors, loadApiSchema, type ApiDefinition } from '../support/api-schema';

const apiRoot = join(distRoot, 'api/v1');
const schemaFile = join(apiRoot, 'schema.json');
const api = loadApiSchema(schemaFile);

const markdownStems = (folder: string) =>
	readdirSync(folder)
		.filter((name) => name.endsWith('.md') && !name.startsWith('_'))
		.map((name) => name.slice(0, -'.md'.length))
		.sort();

const frontMatter = (file: string) => parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, any>;

/** The protocols, from content/protocols, in their `order`. */
const protocols = markdownStems(join(projectRoot, 'content/protocols'))
	.map((id) => ({ id, order: frontMatter(join(projectRoot, 'content/protocols', `${id}.md`)).order as number }))
	.sort((a, b) => a.order - b.order)
	.map(({ id }) => id);

/** Every entry, from content/errors/<protocol>/<slug>.md. */
const entries = protocols.flatMap((protocol) => {
	const folder = join(projectRoot, 'content/errors', protocol);
	return markdownStems(folder).map((slug) => ({ protocol, slug, data: frontMatter(join(folder, `${slug}.md`)) }));
});
const entryKeys = entries.map(({ protocol, slug }) => `${protocol}/${slug}`).sort();

const readJson = (file: string): any => JSON.parse(readFileSync(file, 'utf8'));

function expectValid(definition: ApiDefinition, document: unknown, label: string): void {
	const validate = api.validatorFor(definition);
	const valid = validate(document);
	expect(describeErrors(validate.errors), `${label} against $defs/${definition}`).toEqual([]);
	expect(valid, `${label} is a valid ${definition}`).toBe(true);
	expect(api.root(document), `${label} matches exactly one branch of the schema's root oneOf`).toBe(true);
}

/** Every `url` in a document, wherever it sits. */
function urlsIn(node: unknown): string[] {
	if (Array.isArray(node)) return node.flatMap(urlsIn);
	if (node === null || typeof node !== 'object') return [];
	return Object.entries(node).flatMap(([key, value]) => (key === 'url' && typeof value === 'string' ? [value] : urlsIn(value)));
}

const codeFiles = protocols.flatMap((protocol) => {
	const folder = join(apiRoot, protocol);
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => name.endsWith('.json'))
		.map((name) => ({ protocol, slug: name.slice(0, -'.json'.length), document: readJson(join(folder, name)) }));
});
const codes = readJson(join(apiRoot, 'codes.json'));

describe('the schema', () => {
	it('is published at /api/v1/schema.json exactly as public/api/v1/schema.json has it', () => {
		expect(readFileSync(schemaFile, 'utf8')).toBe(readFileSync(join(projectRoot, 'public/api/v1/schema.json'), 'utf8'));
	});
});

describe('/api/v1/codes.json', () => {
	it('is valid against $defs/codesFile', () => {
		expectValid('codesFile', codes, 'codes.json');
	});

	it('lists each code exactly once, and no code without an entry', () => {
		const listed: string[] = codes.codes.map((code: any) => `${code.protocol}/${code.slug}`);
		const doubled = listed.filter((key, index) => listed.indexOf(key) !== index);
		expect(doubled, 'codes listed more than once').toEqual([]);
		expect([...listed].sort(), 'codes.json against content/errors').toEqual(entryKeys);
		expect(codes.count, 'count equals the number of codes listed').toBe(codes.codes.length);
	});

	it('lists the protocols in their order, each in one run', () => {
		const runs = codes.codes.map((code: any) => code.protocol).filter((id: string, index: number, all: string[]) => id !== all[index - 1]);
		expect(runs, 'protocol runs in codes.json').toEqual(protocols);
	});

	it('gives each code the code, name, kind and summary of its entry', () => {
		for (const entry of entries) {
			const listed = codes.codes.find((code: any) => code.protocol === entry.protocol && code.slug === entry.slug);
			const label = `${entry.protocol}/${entry.slug}`;
			expect(listed, `${label} in codes.json`).toBeDefined();
			expect(
				{ code: listed.code, name: listed.name, kind: listed.kind, summary: listed.summary, action: listed.action },
				`${label}: fields from its front matter`,
			).toEqual({ code: entry.data.code, name: entry.data.name, kind: entry.data.kind, summary: entry.data.summary, action: { retry: entry.data.action.retry, actor: entry.data.action.actor, lost: entry.data.action.lost, first: entry.data.action.first, stated: entry.data.action.stated } });
			expect(listed.spellings, `${label}: spellings keep the code`).toContain(entry.data.code);
			expect(listed.path, `${label}: path`).toBe(`/${entry.protocol}/${entry.slug}/`);
		}
	});
});

describe.each(protocols)('/api/v1/%s.json', (protocol) => {
	const file = join(apiRoot, `${protocol}.json`);

	it('is built and valid against $defs/protocolFile', () => {
		expect(existsSync(file), `${file} exists`).toBe(true);
		expectValid('protocolFile', readJson(file), `${protocol}.json`);
	});

	it('lists exactly the codes codes.json lists for the protocol, in the same order', () => {
		const document = readJson(file);
		expect(document.protocol.id, 'protocol.id').toBe(protocol);
		expect(document.count, 'count').toBe(document.codes.length);
		expect(document.codes, `${protocol}.json codes against codes.json`).toEqual(codes.codes.filter((code: any) => code.protocol === protocol));
	});
});

describe('/api/v1/<protocol>/<slug>.json', () => {
	it('exists for every entry and for nothing else', () => {
		expect(codeFiles.map(({ protocol, slug }) => `${protocol}/${slug}`).sort(), 'per-code files against content/errors').toEqual(entryKeys);
		expect(readdirSync(apiRoot).filter((name) => !name.endsWith('.json')).sort(), 'folders in dist/api/v1').toEqual([...protocols].sort());
	});

	it('as many as there are code pages', () => {
		const pages = entries.filter(({ protocol, slug }) => fileForPath(`/${protocol}/${slug}/`) !== undefined);
		expect(pages, 'every entry has a built page').toHaveLength(entries.length);
		expect(codeFiles, 'one per-code file per code page').toHaveLength(pages.length);
	});

	it('are each valid against $defs/codeDetail', () => {
		for (const { protocol, slug, document } of codeFiles) expectValid('codeDetail', document, `${protocol}/${slug}.json`);
	});

	it('describe the code their path names, as codes.json summarises it', () => {
		const summaryKeys = Object.keys(api.schema.$defs.codeSummary.properties).filter((key) => key !== 'action');
		for (const { protocol, slug, document } of codeFiles) {
			const label = `${protocol}/${slug}.json`;
			expect([document.protocol, document.slug], `${label}: protocol and slug`).toEqual([protocol, slug]);
			const listed = codes.codes.find((code: any) => code.protocol === protocol && code.slug === slug);
			const pick = (record: any) => Object.fromEntries(summaryKeys.map((key) => [key, record[key]]));
			expect(pick(document), `${label} against its codes.json record`).toEqual(pick(listed));
			const { sourceSays: _says, basis: _basis, byCause: _byCause, differs: _differs, ...brief } = document.action;
			expect(brief, `${label}: the action without its reasons`).toEqual(listed.action);
		}
	});
});

describe('every url', () => {
	it('leads to a built page', () => {
		const documents = [codes, ...protocols.map((protocol) => readJson(join(apiRoot, `${protocol}.json`))), ...codeFiles.map(({ document }) => document)];
		const urls = [...new Set(documents.flatMap(urlsIn))];
		expect(urls.length, 'urls found').toBeGreaterThanOrEqual(entries.length);
		const broken = urls.filter((url) => fileForPath(new URL(url).pathname) === undefined);
		expect(broken, 'urls whose path has no page in dist').toEqual([]);
	});

	it('is the absolute form of the record path, on one origin', () => {
		const origins = new Set(codes.codes.map((code: any) => new URL(code.url).origin));
		expect(origins.size, `origins: ${[...origins].join(', ')}`).toBe(1);
		for (const code of codes.codes) expect(new URL(code.url).pathname, code.url).toBe(code.path);
	});
});

describe('the JSON API guide', () => {
	const guide = readFileSync(join(projectRoot, 'content/guides/json-api.md'), 'utf8');

	it('shows a jq example that reads fields the built file has', () => {
		const example = /curl -s https:\/\/protocol-error-atlas\.example(\/api\/v1\/\S+\.json)\s*\\?\s*\| jq -r '([^']+)'/.exec(guide);
		expect(example, 'the curl | jq example in content/guides/json-api.md').not.toBeNull();
		const document = readJson(join(distRoot, example![1]!));
		for (const path of example![2]!.split(',').map((part) => part.trim())) {
			// A jq path of keys and indexes: `.actions.steps[0]`.
			const value = [...path.matchAll(/\.(\w+)|\[(\d+)\]/g)].reduce<any>((node, [, key, index]) => node?.[key ?? Number(index)], document);
			expect(typeof value, `${example![1]} ${path}`).toBe('string');
		}
	});

	it('links every API file it names to a built file', () => {
		const linked = [...guide.matchAll(/\]\((\/api\/v1\/[^)]+)\)/g)].map((match) => match[1]!);
		expect(linked.length).toBeGreaterThanOrEqual(4);
		for (const path of linked) expect(fileForPath(path), path).toBeDefined();
	});
});
