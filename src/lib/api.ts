/**
 * The static JSON API under `/api/v1/`: pure functions from catalogue entries and protocol data to the
 * documents the endpoints serve, so the endpoints stay thin and the shapes can be tested without a build.
 * `public/api/v1/schema.json` describes every document; keep the two in step.
 *
 * Every document is deterministic (no timestamps): the same catalogue always gives the same bytes.
 * Optional scalar fields are left out when the entry has no value for them; list fields are always there.
 * Text fields are the entry's own text, which may hold Markdown inline code (`like this`).
 */
import type { Kind } from './kinds';
import type { ProtocolData } from '../schemas/protocol';
import type { Action, Actor, Lost, Retry } from '../schemas/action';
import type { Relation } from '../schemas/concept-link';
import { CatalogueIndex, categoriesOf, entriesOfProtocol, entryPath, refOf, type CatalogueEntry } from './catalogue';
import { uniqueSpellingsOf } from './spellings';
import { inOrder } from './order';

/** Bumped only when a document changes in a way that breaks existing readers. */
export const apiVersion = 1;

/** A protocol as the API functions take it: its id (the URL segment) and its front matter. */
export interface ApiProtocol {
	id: string;
	data: ProtocolData;
}

/** One code as every list of codes shows it. */
export interface CodeSummary {
	protocol: string;
	protocolName: string;
	code: string;
	name: string;
	slug: string;
	kind: Kind;
	categories: string[];
	categoryNames: string[];
	summary: string;
	/** The cross-protocol concepts the code stands for, each with how (exact, narrower, broader, related): the site's judgement. */
	concepts: { id: string; relation: Relation; caveat?: string }[];
	/** What to do now, the fields as the entry writes them (see `action` in the JSON Schema). */
	action: ActionSummary;
	/**
	 * Deprecated: derived from `action.retry` for readers of the first documents (`Yes` for now and
	 * backoff, `No` for after-fix and never, `N/A` for none). Read `action` instead.
	 */
	recoverability: { value: 'Yes' | 'No' | 'N/A'; note: string; origin: 'source' | 'site' };
	/** Whether the protocol has retired the code; its page stays, and `retirement` in its own document says more. */
	retired: boolean;
	/** The canonical page, absolute. */
	url: string;
	/** The canonical page's path on the site, with the trailing slash. */
	path: string;
	/**
	 * The accepted spellings (`uniqueSpellingsOf`: those no other code of the protocol shares): the slug first, then the code as written, then common forms.
	 * A spelling two codes of one protocol share (M2M's `InvalidKey`) is in both lists.
	 */
	spellings: string[];
}

/** One code with everything its entry says: the document at `/api/v1/<protocol>/<slug>.json`. */
/** What every list of codes carries of the action. */
export interface ActionSummary {
	retry: Retry;
	actor: Actor[];
	lost: Lost;
	first: string;
	/** Which of retry, actor and lost the source states; the others are the site's judgement. */
	stated: ('retry' | 'actor' | 'lost')[];
}

/** The whole action, in a code's own document. */
export interface ActionDetail extends ActionSummary {
	sourceSays?: string;
	basis?: string;
	byCause: { cause: string; retry: Retry; actor: Actor[]; lost: Lost; first?: string }[];
	differs?: string;
}

export interface CodeDetail extends Omit<CodeSummary, 'action'> {
	apiVersion: typeof apiVersion;
	action: ActionDetail;
	meaning: string;
	causes: string[];
	actions?: { label: string; steps: string[]; ordered: boolean };
	severity?: string;
	endpoint?: string;
	signature?: string;
	parent?: string;
	fields: { name: string; type?: string; description?: string; optional: boolean }[];
	reasonCodes: { value: string; meaning: string }[];
	scenarios: { title: string; trigger?: string; steps: string[] }[];
	implementationNotes: { implementation: string; items: string[] }[];
	/** Other codes of the same protocol, each with its slug and canonical URL. */
	related: { code: string; why: string; origin: 'source' | 'site'; slug: string; url: string }[];
	/** For a retired code: why, since when, and the code that replaces it with its canonical URL. */
	retirement?: { reason: string; since?: string; replacedBy?: { code: string; slug: string; url: string } };
}

export interface ProtocolSummary {
	id: string;
	name: string;
	description: string;
	codeFormat: { description: string; pattern: string; examples: string[] };
	categories: { id: string; name: string; range?: string; strategy?: string; description?: string }[];
}

/** `/api/v1/<protocol>.json`. */
export interface ProtocolFile {
	apiVersion: typeof apiVersion;
	protocol: ProtocolSummary;
	count: number;
	codes: CodeSummary[];
}

/** `/api/v1/codes.json`. */
export interface CodesFile {
	apiVersion: typeof apiVersion;
	count: number;
	codes: CodeSummary[];
}

type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
	[K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Copies the keys whose value is defined, so optional fields are absent rather than `undefined`. */
function defined<T extends object>(object: T): Defined<T> {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Defined<T>;
}

function protocolOf(protocols: readonly ApiProtocol[], id: string): ApiProtocol {
	const protocol = protocols.find((candidate) => candidate.id === id);
	if (!protocol) throw new Error(`no protocol "${id}" for the API`);
	return protocol;
}

/** The absolute URL of a site path. */
export function absoluteUrl(path: string, site: URL | string): string {
	return new URL(path, site).href;
}

/** The path of a code's API document, e.g. `/api/v1/stt/0x0101.json`. */
export function codeFilePath(protocol: string, slug: string): string {
	return `/api/v1/${protocol}/${slug}.json`;
}

/** Protocols by their `order`, then by id so that equal orders stay deterministic. */
export function orderedProtocols<P extends ApiProtocol>(protocols: readonly P[]): P[] {
	return inOrder(protocols);
}

/** Every entry, by protocol order and then in each protocol's reference order. */
export function orderedEntries(protocols: readonly ApiProtocol[], entries: readonly CatalogueEntry[]): CatalogueEntry[] {
	const known = new Set(protocols.map((protocol) => protocol.id));
	const orphan = entries.find((entry) => !known.has(entry.protocol));
	if (orphan) throw new Error(`${entryPath(orphan)}: no protocol "${orphan.protocol}" for the API`);
	return orderedProtocols(protocols).flatMap((protocol) => entriesOfProtocol(entries, protocol.id, protocol.data));
}

function actionSummary(action: Action): ActionSummary {
	return { retry: action.retry, actor: [...action.actor], lost: action.lost, first: action.first, stated: [...action.stated] };
}

function actionDetail(action: Action): ActionDetail {
	return {
		...actionSummary(action),
		...defined({ sourceSays: action.sourceSays, basis: action.basis, differs: action.differs }),
		byCause: action.byCause.map((cause) => defined({ cause: cause.cause, retry: cause.retry, actor: [...cause.actor], lost: cause.lost, first: cause.first })),
	};
}

const legacyValue: Record<Retry, CodeSummary['recoverability']['value']> = { now: 'Yes', backoff: 'Yes', 'after-fix': 'No', never: 'No', none: 'N/A' };
const legacyNote: Record<Retry, string> = { now: 'retry now', backoff: 'retry after a delay', 'after-fix': 'only after a fix', never: 'never', none: 'not an error' };

/** The first documents' verdict, derived from `action.retry` so their readers keep working. */
function legacyRecoverability(action: Action): CodeSummary['recoverability'] {
	return { value: legacyValue[action.retry], note: legacyNote[action.retry], origin: action.stated.includes('retry') ? 'source' : 'site' };
}

const refsCache = new WeakMap<readonly CatalogueEntry[], ReturnType<typeof refOf>[]>();

/** The resolver references of a list of entries, computed once per list so spellings stay linear. */
function refsFor(entries: readonly CatalogueEntry[]): ReturnType<typeof refOf>[] {
	let refs = refsCache.get(entries);
	if (!refs) {
		refs = entries.map(refOf);
		refsCache.set(entries, refs);
	}
	return refs;
}

/** `entries` lets the record leave out spellings that other codes of the protocol share. */
export function codeSummary(entry: CatalogueEntry, protocol: ApiProtocol, site: URL | string, entries: readonly CatalogueEntry[] = [entry]): CodeSummary {
	if (protocol.id !== entry.protocol) throw new Error(`${entryPath(entry)} is not a code of "${protocol.id}"`);
	const data = entry.data;
	const path = entryPath(entry);
	return {
		protocol: entry.protocol,
		protocolName: protocol.data.name,
		code: data.code,
		name: data.name,
		slug: entry.slug,
		kind: data.kind,
		categories: [...data.categories],
		categoryNames: categoriesOf(entry, protocol.data).map((category) => category.name),
		summary: data.summary,
		concepts: data.concepts.map((link) => defined({ id: link.id, relation: link.relation, caveat: link.caveat })),
		action: actionSummary(data.action),
		recoverability: legacyRecoverability(data.action),
		retired: data.retired !== undefined,
		url: absoluteUrl(path, site),
		path,
		spellings: uniqueSpellingsOf(refOf(entry), refsFor(entries)),
	};
}

/**
 * The full record of a code. `entries` is the whole catalogue (or at least the code's protocol), to
 * give each related code its slug and URL.
 */
export function codeDetail(entry: CatalogueEntry, protocol: ApiProtocol, entries: readonly CatalogueEntry[], site: URL | string): CodeDetail {
	const data = entry.data;
	const summary = codeSummary(entry, protocol, site, entries);
	return {
		apiVersion,
		...summary,
		action: actionDetail(data.action),
		meaning: data.meaning,
		causes: [...data.causes],
		...defined({
			actions: data.actions && { label: data.actions.label, steps: [...data.actions.steps], ordered: data.actions.ordered },
			severity: data.severity,
			endpoint: data.endpoint,
			signature: data.signature,
			parent: data.parent,
		}),
		fields: data.fields.map((field) => defined({ name: field.name, type: field.type, description: field.description, optional: field.optional })),
		reasonCodes: data.reasonCodes.map(({ value, meaning }) => ({ value, meaning })),
		scenarios: data.scenarios.map((scenario) => defined({ title: scenario.title, trigger: scenario.trigger, steps: [...scenario.steps] })),
		implementationNotes: data.implementationNotes.map(({ implementation, items }) => ({ implementation, items: [...items] })),
		related: data.related.map((link) => {
			const target = sameProtocolEntry(entry, link.code, entries, 'related code');
			return { code: link.code, why: link.why, origin: link.origin, slug: target.slug, url: absoluteUrl(entryPath(target), site) };
		}),
		...(data.retired && { retirement: retirementOf(entry, data.retired, entries, site) }),
	};
}

/** The entry with this code in the entry's own protocol; the corpus check guarantees it exists. */
function sameProtocolEntry(entry: CatalogueEntry, code: string, entries: readonly CatalogueEntry[], what: string): CatalogueEntry {
	const target = CatalogueIndex.of(entries).find(entry.protocol, code);
	if (!target) throw new Error(`${entryPath(entry)}: ${what} "${code}" has no entry`);
	return target;
}

function retirementOf(entry: CatalogueEntry, retired: NonNullable<CatalogueEntry['data']['retired']>, entries: readonly CatalogueEntry[], site: URL | string): NonNullable<CodeDetail['retirement']> {
	const replacement = retired.replacedBy === undefined ? undefined : sameProtocolEntry(entry, retired.replacedBy, entries, 'replacement code');
	return defined({
		reason: retired.reason,
		since: retired.since,
		replacedBy: replacement && { code: replacement.data.code, slug: replacement.slug, url: absoluteUrl(entryPath(replacement), site) },
	});
}

export function protocolSummary(protocol: ApiProtocol): ProtocolSummary {
	const { name, description, codeFormat, categories } = protocol.data;
	return {
		id: protocol.id,
		name,
		description,
		codeFormat: { description: codeFormat.description, pattern: codeFormat.pattern, examples: [...codeFormat.examples] },
		categories: categories.map((category) =>
			defined({ id: category.id, name: category.name, range: category.range, strategy: category.strategy, description: category.description }),
		),
	};
}

export function protocolFile(protocol: ApiProtocol, entries: readonly CatalogueEntry[], site: URL | string): ProtocolFile {
	const codes = entriesOfProtocol(entries, protocol.id, protocol.data).map((entry) => codeSummary(entry, protocol, site, entries));
	return { apiVersion, protocol: protocolSummary(protocol), count: codes.length, codes };
}

export function codesFile(protocols: readonly ApiProtocol[], entries: readonly CatalogueEntry[], site: URL | string): CodesFile {
	const codes = orderedEntries(protocols, entries).map((entry) => codeSummary(entry, protocolOf(protocols, entry.protocol), site, entries));
	return { apiVersion, count: codes.length, codes };
}

/** The document for one code, looked up among the protocols. */
export function codeFile(entry: CatalogueEntry, protocols: readonly ApiProtocol[], entries: readonly CatalogueEntry[], site: URL | string): CodeDetail {
	return codeDetail(entry, protocolOf(protocols, entry.protocol), entries, site);
}

/**
 * Every document of the API with the site path it is published at: `/api/v1/codes.json`, then each
 * protocol's file and its codes' files, in protocol order. Lazy, so a build can write a 10,000-code
 * catalogue's files as it goes without holding every document at once.
 */
export function* apiDocuments(protocols: readonly ApiProtocol[], entries: readonly CatalogueEntry[], site: URL | string): Generator<[path: string, document: CodesFile | ProtocolFile | CodeDetail]> {
	yield ['/api/v1/codes.json', codesFile(protocols, entries, site)];
	const index = CatalogueIndex.of(entries);
	for (const protocol of orderedProtocols(protocols)) {
		yield [`/api/v1/${protocol.id}.json`, protocolFile(protocol, index.ofProtocol(protocol.id), site)];
		// The protocol's own entries: enough for spellings (unique within the protocol) and related codes.
		const siblings = index.ofProtocol(protocol.id);
		for (const entry of siblings) yield [codeFilePath(entry.protocol, entry.slug), codeDetail(entry, protocol, siblings, site)];
	}
}

/** How a document is serialised: compact JSON, keys in the order the functions above write them. */
export function serialise(document: unknown): string {
	return JSON.stringify(document);
}
