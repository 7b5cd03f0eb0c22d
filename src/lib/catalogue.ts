/** Pure helpers over loaded entries: grouping, lookup and the sections a code page shows. */
import type { ErrorEntryData } from '../schemas/error-entry';
import type { ProtocolData, Category } from '../schemas/protocol';
import { sortByCategoryThenCode } from './order';
import { codePath } from './slug';

/** An entry as the pages use it: its data plus where it lives. */
export interface CatalogueEntry {
	protocol: string;
	slug: string;
	data: ErrorEntryData;
}

/** Splits a collection id `stt/0x0101` into protocol and slug. */
export function splitEntryId(id: string): { protocol: string; slug: string } {
	const slash = id.indexOf('/');
	return { protocol: id.slice(0, slash), slug: id.slice(slash + 1) };
}

export function toCatalogueEntry(entry: { id: string; data: ErrorEntryData }): CatalogueEntry {
	return { ...splitEntryId(entry.id), data: entry.data };
}

export function entryPath(entry: CatalogueEntry): string {
	return codePath(entry.protocol, entry.slug);
}

/** A protocol's entries in reference order: by category as the source orders them, then by code. */
export function entriesOfProtocol(entries: readonly CatalogueEntry[], protocolId: string, protocol: ProtocolData): CatalogueEntry[] {
	const own = entries.filter((entry) => entry.protocol === protocolId);
	const order = protocol.categories.map((category) => category.id);
	return sortByCategoryThenCode(
		own.map((entry) => ({ ...entry, code: entry.data.code, categories: entry.data.categories })),
		order,
	).map(({ protocol: p, slug, data }) => ({ protocol: p, slug, data }));
}

export function findByCode(entries: readonly CatalogueEntry[], protocolId: string, code: string): CatalogueEntry | undefined {
	return entries.find((entry) => entry.protocol === protocolId && entry.data.code === code);
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
};

/**
 * Lookups over a whole catalogue, built in one pass. Pages that render one code each ask it for that
 * code's parent, sub-codes, related codes and equivalents, so the work per page does not grow with the
 * catalogue (a scan of every entry per page makes a 10,000-code build quadratic).
 * Every list keeps the catalogue's order, and the same list is returned on every call.
 */
export class CatalogueIndex {
	readonly entries: readonly CatalogueEntry[];
	readonly #byCode = new Map<string, CatalogueEntry>();
	readonly #children = new Map<string, CatalogueEntry[]>();
	readonly #byProtocol = new Map<string, CatalogueEntry[]>();
	readonly #byConcept = new Map<string, CatalogueEntry[]>();
	readonly #byConceptAndProtocol = new Map<string, Map<string, CatalogueEntry[]>>();

	constructor(entries: readonly CatalogueEntry[]) {
		this.entries = entries;
		for (const entry of entries) {
			const key = CatalogueIndex.#key(entry.protocol, entry.data.code);
			if (!this.#byCode.has(key)) this.#byCode.set(key, entry);
			if (entry.data.parent !== undefined) push(this.#children, CatalogueIndex.#key(entry.protocol, entry.data.parent), entry);
			push(this.#byProtocol, entry.protocol, entry);
			for (const concept of new Set(entry.data.concepts.map((link) => link.id))) {
				push(this.#byConcept, concept, entry);
				let byProtocol = this.#byConceptAndProtocol.get(concept);
				if (!byProtocol) this.#byConceptAndProtocol.set(concept, (byProtocol = new Map()));
				push(byProtocol, entry.protocol, entry);
			}
		}
	}

	static readonly #cache = new WeakMap<readonly CatalogueEntry[], CatalogueIndex>();

	/** The index of this very array, built on first use and kept while the array lives. */
	static of(entries: readonly CatalogueEntry[]): CatalogueIndex {
		let index = CatalogueIndex.#cache.get(entries);
		if (!index) {
			index = new CatalogueIndex(entries);
			CatalogueIndex.#cache.set(entries, index);
		}
		return index;
	}

	static #key(protocol: string, code: string): string {
		return `${protocol}\u0000${code}`;
	}

	/** The entry with this code in the protocol (the first one, as `findByCode`). */
	find(protocol: string, code: string): CatalogueEntry | undefined {
		return this.#byCode.get(CatalogueIndex.#key(protocol, code));
	}

	/** The entries whose `parent` is this entry's code, in the same protocol. */
	subCodesOf(entry: CatalogueEntry): readonly CatalogueEntry[] {
		return this.#children.get(CatalogueIndex.#key(entry.protocol, entry.data.code)) ?? [];
	}

	/** The protocol's entries, in catalogue order. */
	ofProtocol(protocol: string): readonly CatalogueEntry[] {
		return this.#byProtocol.get(protocol) ?? [];
	}

	/** How many of the protocol's entries are mapped to the concept. */
	countWithConcept(concept: string, protocol: string): number {
		return this.#byConceptAndProtocol.get(concept)?.get(protocol)?.length ?? 0;
	}

	/** The entries mapped to the concept, by protocol (in the order protocols first appear), each in catalogue order. */
	withConceptByProtocol(concept: string): ReadonlyMap<string, readonly CatalogueEntry[]> {
		return this.#byConceptAndProtocol.get(concept) ?? new Map();
	}

	/** The entries mapped to the concept, in catalogue order. */
	withConcept(concept: string): readonly CatalogueEntry[] {
		return this.#byConcept.get(concept) ?? [];
	}
}

export function categoriesOf(entry: CatalogueEntry, protocol: ProtocolData): Category[] {
	return entry.data.categories.flatMap((id) => protocol.categories.filter((category) => category.id === id));
}

/** How many of the protocol's entries fall in each category. */
export function countByCategory(entries: readonly CatalogueEntry[], protocol: ProtocolData): Map<string, number> {
	const counts = new Map(protocol.categories.map((category) => [category.id, 0]));
	for (const entry of entries) {
		for (const id of entry.data.categories) counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return counts;
}

export interface Section {
	slug: string;
	text: string;
}

/** Every section a code page can have, in page order. */
export const entrySectionIds = [
	'what-to-do-now',
	'meaning',
	'causes',
	'what-to-do',
	'handling',
	'why-this-answer',
	'as-printed',
	'reason-codes',
	'fields',
	'sub-codes',
	'scenarios',
	'implementation-notes',
	'equivalents',
	'related',
] as const;

export type EntrySectionId = (typeof entrySectionIds)[number];

export interface EntrySection extends Section {
	slug: EntrySectionId;
}

/** The sections that follow the entry's own Markdown body; the others come before it. */
const afterBody: ReadonlySet<EntrySectionId> = new Set(['equivalents', 'related']);

/** What a code page shows around its entry, as far as it decides which sections there are. */
export interface EntrySurroundings {
	protocolName: string;
	subCodes: readonly unknown[];
	printed?: { shapes: readonly unknown[]; disagreements: readonly unknown[] } | undefined;
	equivalents: readonly unknown[];
	related: readonly unknown[];
}

/**
 * The sections a code page shows, in order, present only when the entry has something for them.
 * The page writes its headings and Starlight's table of contents lists them, both from this one list.
 */
export function entrySections(entry: CatalogueEntry, around: EntrySurroundings): EntrySection[] {
	const data = entry.data;
	const { printed } = around;
	const sections: (EntrySection | false)[] = [
		{ slug: 'what-to-do-now', text: 'What to do now' },
		{ slug: 'meaning', text: 'Meaning' },
		data.causes.length > 0 && { slug: 'causes', text: 'Causes' },
		data.actions !== undefined && { slug: 'what-to-do', text: data.actions.label },
		{ slug: 'handling', text: 'Handling strategy' },
		{ slug: 'why-this-answer', text: 'Why this answer' },
		printed !== undefined && printed.shapes.length + printed.disagreements.length > 0 && { slug: 'as-printed', text: 'As printed' },
		data.reasonCodes.length > 0 && { slug: 'reason-codes', text: 'Reason codes' },
		data.fields.length > 0 && { slug: 'fields', text: 'Fields' },
		around.subCodes.length > 0 && { slug: 'sub-codes', text: 'Sub-codes' },
		data.scenarios.length > 0 && { slug: 'scenarios', text: data.scenarios.length === 1 ? 'Scenario' : 'Scenarios' },
		data.implementationNotes.length > 0 && { slug: 'implementation-notes', text: 'Implementation notes' },
		around.equivalents.length > 0 && { slug: 'equivalents', text: 'Equivalents in other protocols' },
		around.related.length > 0 && { slug: 'related', text: `Related codes in ${around.protocolName}` },
	];
	return sections.filter((section): section is EntrySection => section !== false);
}

/** The sections split where the entry's Markdown body goes. */
export function sectionsAroundBody(sections: readonly EntrySection[]): { beforeBody: EntrySection[]; afterBody: EntrySection[] } {
	return {
		beforeBody: sections.filter((section) => !afterBody.has(section.slug)),
		afterBody: sections.filter((section) => afterBody.has(section.slug)),
	};
}

/** The resolver's view of an entry. */
export function refOf(entry: CatalogueEntry): import('./spellings').CodeRef {
	return {
		protocol: entry.protocol,
		code: entry.data.code,
		name: entry.data.name,
		slug: entry.slug,
		kind: entry.data.kind,
		signature: entry.data.signature,
		parent: entry.data.parent,
	};
}
