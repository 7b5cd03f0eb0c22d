// The JSON API's documents (src/lib/api.ts) against its published schema (public/api/v1/schema.json):
// the schema's enums are the TypeScript lists, and every document the real catalogue gives is valid.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import {
	apiDocuments,
	apiVersion,
	codeDetail,
	codeFile,
	codeFilePath,
	codeSummary,
	codesFile,
	orderedEntries,
	protocolFile,
	type ApiProtocol,
} from '../../src/lib/api';
import type { CatalogueEntry } from '../../src/lib/catalogue';
import { kindLabels } from '../../src/lib/kinds';
import { contentRoot, loadCatalogue } from '../../src/lib/read-content';
import { actionsSchema, errorEntrySchema } from '../../src/schemas/error-entry';
import { protocolSchema } from '../../src/schemas/protocol';
import { actorValues, lostValues, retryValues } from '../../src/schemas/action';
import { relatedSchema } from '../../src/schemas/related';
import { describeErrors, loadApiSchema } from '../support/api-schema';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const api = loadApiSchema(`${projectRoot}public/api/v1/schema.json`);
const defs = api.schema.$defs as Record<string, any>;
const site = 'https://atlas.test';

const corpus = loadCatalogue(contentRoot(projectRoot, {}), projectRoot);
const protocols: ApiProtocol[] = [...corpus.protocols].map(([id, data]) => ({ id, data }));
const entries: CatalogueEntry[] = corpus.entries.map(({ file, data }) => ({ protocol: file.protocol ?? '', slug: file.stem, data }));

describe('the schema cannot drift from the TypeScript lists', () => {
	it('kind enum equals the keys of kindLabels (src/lib/kinds.ts)', () => {
		expect(defs.kind.enum, 'schema $defs/kind.enum').toEqual(Object.keys(kindLabels));
	});

	it('action enums equal the action schema (src/schemas/action.ts)', () => {
		expect(defs.retry.enum, 'schema $defs/retry.enum').toEqual([...retryValues]);
		expect(defs.actor.items.enum, 'schema $defs/actor.items.enum').toEqual([...actorValues]);
		expect(defs.lost.enum, 'schema $defs/lost.enum').toEqual([...lostValues]);
	});

	it('origin, actions label and severity enums equal the entry schema', () => {
		expect(defs.origin.enum, 'related origin').toEqual(relatedSchema.shape.origin.options);
		expect(defs.actions.properties.label.enum, 'actions label').toEqual(actionsSchema.shape.label.options);
		expect(defs.codeDetail.properties.severity.enum, 'severity').toEqual(errorEntrySchema.shape.severity.unwrap().options);
	});

	it('category ids follow the same pattern in the schema and in the protocol schema', () => {
		const idPattern = new RegExp(defs.categoryId.pattern);
		for (const id of ['connection', 'aead', 'version-mismatch']) expect(protocolSchema.shape.categories.element.shape.id.safeParse(id).success && idPattern.test(id), id).toBe(true);
		for (const id of ['Connection', 'a_b', '-a']) expect(idPattern.test(id), id).toBe(false);
	});

	it('codeDetail has every field of codeSummary, required as there', () => {
		const summary = defs.codeSummary;
		const detail = defs.codeDetail;
		expect(Object.keys(detail.properties), 'codeDetail.properties').toEqual(expect.arrayContaining(Object.keys(summary.properties)));
		expect(detail.required, 'codeDetail.required').toEqual(expect.arrayContaining(summary.required));
		expect(Object.keys(defs.actionDetail.properties), 'actionDetail').toEqual(expect.arrayContaining(Object.keys(defs.action.properties)));
	});

	it('forbids unknown properties in every object it defines', () => {
		const open: string[] = [];
		const visit = (node: unknown, at: string): void => {
			if (Array.isArray(node)) return node.forEach((child, index) => visit(child, `${at}/${index}`));
			if (node === null || typeof node !== 'object') return;
			const schema = node as Record<string, unknown>;
			// `if`/`then`/`else` apply to the object around them, which already closes it.
			if ((schema.type === 'object' || 'properties' in schema) && at !== '' && !/\/(if|then|else)$/.test(at)) {
				if (schema.additionalProperties !== false) open.push(at);
			}
			for (const [key, child] of Object.entries(schema)) visit(child, `${at}/${key}`);
		};
		visit(api.schema, '');
		expect(open, 'objects without additionalProperties: false').toEqual([]);
	});
});

describe('the documents of the real catalogue', () => {
	const codes = codesFile(protocols, entries, site);

	it('codes.json is valid and lists every entry once', () => {
		const valid = api.validatorFor('codesFile')(codes);
		expect(describeErrors(api.validatorFor('codesFile').errors), 'codes.json errors').toEqual([]);
		expect(valid).toBe(true);
		expect(codes.count).toBe(entries.length);
		expect(codes.codes).toHaveLength(entries.length);
		expect(new Set(codes.codes.map((code) => code.path)).size, 'distinct paths').toBe(entries.length);
	});

	it('codes.json is in protocol order, each protocol in one run', () => {
		const runs = codes.codes.map((code) => code.protocol).filter((id, index, all) => id !== all[index - 1]);
		const byOrder = [...protocols].sort((a, b) => a.data.order - b.data.order).map((protocol) => protocol.id);
		expect(runs).toEqual(byOrder);
	});

	it.each(protocols.map((protocol) => [protocol.id, protocol] as const))('%s.json is valid and lists its codes as codes.json does', (_id, protocol) => {
		const file = protocolFile(protocol, entries, site);
		const validate = api.validatorFor('protocolFile');
		expect(validate(file), describeErrors(validate.errors).join('\n')).toBe(true);
		expect(file.count).toBe(file.codes.length);
		expect(file.codes).toEqual(codes.codes.filter((code) => code.protocol === protocol.id));
	});

	it('every code file is valid, and matches only the codeDetail branch of the root schema', () => {
		const validate = api.validatorFor('codeDetail');
		const problems: string[] = [];
		for (const entry of entries) {
			const file = codeFile(entry, protocols, entries, site);
			if (!validate(file)) problems.push(`${entry.protocol}/${entry.slug}: ${describeErrors(validate.errors).join('; ')}`);
			if (!api.root(file)) problems.push(`${entry.protocol}/${entry.slug}: root schema: ${describeErrors(api.root.errors).join('; ')}`);
		}
		expect(problems).toEqual([]);
	});

	it('holds no undefined values, so the JSON text is the whole document', () => {
		const sample = entries.map((entry) => codeFile(entry, protocols, entries, site));
		expect(JSON.parse(JSON.stringify(sample))).toStrictEqual(sample);
		expect(JSON.parse(JSON.stringify(codes))).toStrictEqual(codes);
	});

	it('is deterministic', () => {
		expect(JSON.stringify(codesFile(protocols, [...entries].reverse(), site))).toBe(JSON.stringify(codes));
	});

	it('publishes each document once, at its path: codes.json, each protocol, each code', () => {
		const documents = [...apiDocuments(protocols, [...entries].reverse(), site)];
		const paths = documents.map(([path]) => path);
		expect(new Set(paths).size, 'no path twice').toBe(paths.length);
		const expected = ['/api/v1/codes.json', ...protocols.map((protocol) => `/api/v1/${protocol.id}.json`), ...entries.map((entry) => codeFilePath(entry.protocol, entry.slug))];
		expect([...paths].sort()).toEqual(expected.sort());
		const byPath = new Map(documents);
		expect(byPath.get('/api/v1/codes.json')).toStrictEqual(codes);
		for (const protocol of protocols) expect(byPath.get(`/api/v1/${protocol.id}.json`), protocol.id).toStrictEqual(protocolFile(protocol, entries, site));
		// Each code's document is built from its protocol's entries alone: the same as from the whole catalogue.
		for (const entry of entries) expect(byPath.get(codeFilePath(entry.protocol, entry.slug)), `${entry.protocol}/${entry.slug}`).toStrictEqual(codeFile(entry, protocols, entries, site));
	});
});

/** A minimal catalogue: one protocol with two categories, entries given in the wrong order. */
function entry(slug: string, data: Record<string, unknown>): CatalogueEntry {
	return {
		protocol: 'demo',
		slug,
		data: errorEntrySchema.parse({
			kind: 'error-code',
			summary: 'A summary.',
			meaning: 'A meaning.',
			action: { retry: 'now', actor: ['none'], lost: 'nothing', first: 'Send it again.', stated: ['retry', 'actor', 'lost'] },
			...data,
		}),
	};
}

const demo: ApiProtocol = {
	id: 'demo',
	data: protocolSchema.parse({
		name: 'Demo',
		order: 2,
		description: 'A demo protocol.',
		codeFormat: { description: 'Hex.', pattern: '0x[0-9]{4}', examples: ['0x0001'] },
		categories: [
			{ id: 'first', name: 'First errors' },
			{ id: 'second', name: 'Second errors', range: '0x02XX' },
		],
		delivery: [{ name: 'Frame', description: 'A frame.' }],
		source: { title: 'Demo spec', description: 'The demo spec.' },
	}),
};
const other: ApiProtocol = { id: 'other', data: { ...demo.data, name: 'Other', order: 1 } };

const timeout = entry('0x0201', {
	code: '0x0201',
	name: 'LATE_TIMEOUT',
	categories: ['second', 'first'],
	action: {
		retry: 'after-fix',
		actor: ['operator'],
		lost: 'session',
		first: 'Raise the timeout.',
		stated: ['retry'],
		sourceSays: 'Recoverable: No (give up)',
		basis: 'The source says so between the lines.',
		byCause: [{ cause: 'Slow peer', retry: 'backoff', actor: ['peer'], lost: 'message' }],
	},
	related: [{ code: '0x0101', why: 'The earlier one.', origin: 'site' }],
});
const early = entry('0x0101', { code: '0x0101', name: 'EARLY', categories: ['first'] });
const elsewhere: CatalogueEntry = { ...entry('0x0001', { code: '0x0001', name: 'ELSEWHERE', categories: ['first'] }), protocol: 'other' };

describe('codeSummary', () => {
	const summary = codeSummary(timeout, demo, site);

	it('names the protocol and the categories, in the entry order', () => {
		expect(summary).toMatchObject({ protocol: 'demo', protocolName: 'Demo', categories: ['second', 'first'], categoryNames: ['Second errors', 'First errors'] });
	});

	it('gives the canonical page as an absolute URL and as a path', () => {
		expect(summary.path).toBe('/demo/0x0201/');
		expect(summary.url).toBe('https://atlas.test/demo/0x0201/');
		expect(codeSummary(timeout, demo, new URL('https://atlas.test/')).url).toBe(summary.url);
	});

	it('keeps the slug and the code among the spellings', () => {
		expect(summary.spellings[0]).toBe('0x0201');
		expect(summary.spellings).toEqual(expect.arrayContaining(['LATE_TIMEOUT', 'late-timeout', '0x201', '513']));
	});

	it('carries the action without its reasons, which the detail adds, and does not mark a current code retired', () => {
		expect(summary.action).toStrictEqual({ retry: 'after-fix', actor: ['operator'], lost: 'session', first: 'Raise the timeout.', stated: ['retry'] });
		expect(summary.retired).toBe(false);
	});

	it('keeps the first documents’ recoverability, derived from the retry answer', () => {
		expect(summary.recoverability).toStrictEqual({ value: 'No', note: 'only after a fix', origin: 'source' });
		expect(codeSummary(early, demo, site).recoverability).toStrictEqual({ value: 'Yes', note: 'retry now', origin: 'source' });
	});

	it('refuses an entry of another protocol', () => {
		expect(() => codeSummary(elsewhere, demo, site)).toThrow(/not a code of "demo"/);
	});
});

describe('codeDetail', () => {
	it('adds apiVersion, the basis and the entry sections, and resolves related codes', () => {
		const detail = codeDetail(timeout, demo, [timeout, early], site);
		expect(detail.apiVersion).toBe(apiVersion);
		expect(detail.action).toStrictEqual({
			retry: 'after-fix',
			actor: ['operator'],
			lost: 'session',
			first: 'Raise the timeout.',
			stated: ['retry'],
			sourceSays: 'Recoverable: No (give up)',
			basis: 'The source says so between the lines.',
			byCause: [{ cause: 'Slow peer', retry: 'backoff', actor: ['peer'], lost: 'message' }],
		});
		expect(detail.related).toStrictEqual([{ code: '0x0101', why: 'The earlier one.', origin: 'site', slug: '0x0101', url: 'https://atlas.test/demo/0x0101/' }]);
		expect(detail).toMatchObject({ meaning: 'A meaning.', causes: [], fields: [], reasonCodes: [], scenarios: [], implementationNotes: [] });
		for (const key of ['actions', 'severity', 'endpoint', 'signature', 'parent']) expect(detail, key).not.toHaveProperty(key);
	});

	it('fails on a related code without an entry', () => {
		expect(() => codeDetail(timeout, demo, [timeout], site)).toThrow(/related code "0x0101" has no entry/);
	});

	it('says a retired code is retired, why, since when, and what replaces it', () => {
		const old = entry('0x0102', { code: '0x0102', name: 'OLD', categories: ['first'], retired: { reason: 'Merged into EARLY.', since: 'version 2', replacedBy: '0x0101' } });
		const detail = codeDetail(old, demo, [old, early], site);
		expect(detail.retired).toBe(true);
		expect(codeSummary(old, demo, site).retired).toBe(true);
		expect(detail.retirement).toStrictEqual({ reason: 'Merged into EARLY.', since: 'version 2', replacedBy: { code: '0x0101', slug: '0x0101', url: 'https://atlas.test/demo/0x0101/' } });
		const validate = api.validatorFor('codeDetail');
		expect(validate(detail), describeErrors(validate.errors).join('\n')).toBe(true);
		expect(validate({ ...detail, retirement: undefined }), 'retired without its retirement').toBe(false);
		expect(validate({ ...codeDetail(early, demo, [early], site), retirement: detail.retirement }), 'a retirement on a code that is not retired').toBe(false);
		const withoutReplacement = entry('0x0103', { code: '0x0103', name: 'GONE', categories: ['first'], retired: { reason: 'Dropped.' } });
		expect(codeDetail(withoutReplacement, demo, [withoutReplacement], site).retirement).toStrictEqual({ reason: 'Dropped.' });
		expect(() => codeDetail(old, demo, [old], site)).toThrow(/replacement code "0x0101" has no entry/);
	});

	it('is a valid codeDetail', () => {
		const validate = api.validatorFor('codeDetail');
		expect(validate(codeDetail(timeout, demo, [timeout, early], site)), describeErrors(validate.errors).join('\n')).toBe(true);
	});

	it('fails the schema with an unknown field, a wrong kind, or an unknown retry answer', () => {
		const validate = api.validatorFor('codeDetail');
		const detail = codeDetail(timeout, demo, [timeout, early], site);
		expect(validate({ ...detail, generated: '2024-01-01' }), 'unknown top-level field').toBe(false);
		expect(validate({ ...detail, kind: 'error' }), 'unknown kind').toBe(false);
		expect(validate({ ...detail, action: { ...detail.action, retry: 'maybe' } }), 'unknown retry answer').toBe(false);
		expect(validate({ ...detail, action: { ...detail.action, actor: [] } }), 'no actor').toBe(false);
		expect(validate({ ...detail, related: [{ ...detail.related[0], extra: 1 }] }), 'unknown field in a related code').toBe(false);
		expect(api.validatorFor('codeSummary')({ ...codeSummary(timeout, demo, site), apiVersion }), 'apiVersion on a summary').toBe(false);
	});
});

describe('ordering and lookup', () => {
	it('orders by protocol order, then by category as the protocol orders them, then by code', () => {
		const ordered = orderedEntries([demo, other], [timeout, elsewhere, early]);
		expect(ordered.map((e) => `${e.protocol}/${e.slug}`)).toEqual(['other/0x0001', 'demo/0x0101', 'demo/0x0201']);
	});

	it('codes.json and a protocol file count their codes', () => {
		const all = codesFile([demo, other], [timeout, elsewhere, early], site);
		expect(all.count).toBe(3);
		const own = protocolFile(demo, [timeout, elsewhere, early], site);
		expect(own.count).toBe(2);
		expect(own.protocol).toStrictEqual({
			id: 'demo',
			name: 'Demo',
			description: 'A demo protocol.',
			codeFormat: { description: 'Hex.', pattern: '0x[0-9]{4}', examples: ['0x0001'] },
			categories: [
				{ id: 'first', name: 'First errors' },
				{ id: 'second', name: 'Second errors', range: '0x02XX' },
			],
		});
	});

	it('fails on an entry whose protocol is unknown', () => {
		expect(() => codesFile([demo], [timeout, elsewhere], site)).toThrow(/no protocol "other"/);
	});

	it('places a code file at /api/v1/<protocol>/<slug>.json', () => {
		expect(codeFilePath('stt', '0x0101')).toBe('/api/v1/stt/0x0101.json');
	});
});
