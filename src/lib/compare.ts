/**
 * Cross-protocol views built from the concept mapping: the concept × protocol matrix, one concept's
 * codes side by side, and a code's equivalents in other protocols. Pure.
 */
import { CatalogueIndex, type CatalogueEntry } from './catalogue';
import { inOrder } from './order';

export interface ConceptRef {
	id: string;
	name: string;
	order: number;
}

export interface ProtocolRef {
	id: string;
	name: string;
	order: number;
}

export interface MatrixRow {
	concept: ConceptRef;
	/** For each protocol, in protocol order, the codes that are instances of the concept. */
	cells: { protocol: ProtocolRef; entries: CatalogueEntry[] }[];
}

export function conceptMatrix(concepts: readonly ConceptRef[], protocols: readonly ProtocolRef[], entries: readonly CatalogueEntry[]): MatrixRow[] {
	return inOrder(concepts).map((concept) => ({
		concept,
		cells: inOrder(protocols).map((protocol) => ({
			protocol,
			entries: entries.filter((entry) => entry.protocol === protocol.id && entry.data.concepts.some((link) => link.id === concept.id)),
		})),
	}));
}

/** The protocols that have at least one code for the concept. */
export function protocolsCovering(row: MatrixRow): ProtocolRef[] {
	return row.cells.filter((cell) => cell.entries.length > 0).map((cell) => cell.protocol);
}

/**
 * How many equivalents a code page lists per concept. A large catalogue has hundreds per concept; the
 * page links to the concept's comparison page for the rest, so its size does not grow with the catalogue.
 */
export const equivalentsShown = 8;

export interface EquivalentGroup {
	concept: ConceptRef;
	/**
	 * At most `limit` codes of other protocols mapped to the concept, shared fairly: every protocol gets
	 * its first code before any gets a second. Listed by protocol, each protocol's in catalogue order.
	 */
	entries: CatalogueEntry[];
	/** How many codes of other protocols the concept has in all. */
	total: number;
}

/**
 * Codes of other protocols that share a concept with the entry, grouped by concept: a fair share of
 * each group, at most `limit`, and the group's size. `entries` is the whole catalogue, or better a
 * `CatalogueIndex` of it, so that a call reads no more than the codes it returns.
 */
export function equivalentsOf(
	entry: CatalogueEntry,
	concepts: readonly ConceptRef[],
	entries: readonly CatalogueEntry[] | CatalogueIndex,
	limit = Number.POSITIVE_INFINITY,
): EquivalentGroup[] {
	const index = entries instanceof CatalogueIndex ? entries : new CatalogueIndex(entries);
	return inOrder(concepts.filter((concept) => entry.data.concepts.some((link) => link.id === concept.id)))
		.map((concept) => {
			const lists = [...index.withConceptByProtocol(concept.id)].filter(([protocol]) => protocol !== entry.protocol).map(([, list]) => list);
			// Round by round, one more code from each protocol that has one left, until the limit.
			const taken = lists.map(() => 0);
			for (let left = limit, round = 0, more = true; left > 0 && more; round += 1) {
				more = false;
				lists.forEach((list, position) => {
					if (left > 0 && round < list.length) {
						taken[position] = round + 1;
						left -= 1;
						more = true;
					}
				});
			}
			const total = lists.reduce((sum, list) => sum + list.length, 0);
			return { concept, entries: lists.flatMap((list, position) => list.slice(0, taken[position])), total };
		})
		.filter((group) => group.total > 0);
}

/** True when both codes mean the concept: the only case in which the site calls them equivalent. */
export function bothExact(a: CatalogueEntry, b: CatalogueEntry, conceptId: string): boolean {
	const mean = (entry: CatalogueEntry) => entry.data.concepts.some((link) => link.id === conceptId && link.relation === 'exact');
	return mean(a) && mean(b);
}

/**
 * The codes a code page lists as equivalent, from its equivalent groups: codes of other protocols that
 * mean a concept this code means too, each once, with the first concept they share.
 */
export function exactEquivalentsOf(entry: CatalogueEntry, groups: readonly EquivalentGroup[]): { concept: ConceptRef; other: CatalogueEntry }[] {
	const seen = new Set<CatalogueEntry>();
	return groups.flatMap((group) =>
		group.entries.flatMap((other) => {
			if (seen.has(other) || !bothExact(entry, other, group.concept.id)) return [];
			seen.add(other);
			return [{ concept: group.concept, other }];
		}),
	);
}

/**
 * How many of its equivalents a code page offers side by side. Each offer is a page, so the cap keeps
 * a large catalogue's pair pages at a few per code; the real catalogue's codes have at most three
 * equivalents each.
 */
export const pairsOffered = 3;

/** The equivalents a code page offers side by side: one from each other protocol in turn, at most `pairsOffered`. */
export function pairsOfferedBy(entry: CatalogueEntry, groups: readonly EquivalentGroup[]): CatalogueEntry[] {
	const byProtocol = new Map<string, CatalogueEntry[]>();
	for (const { other } of exactEquivalentsOf(entry, groups)) byProtocol.set(other.protocol, [...(byProtocol.get(other.protocol) ?? []), other]);
	const lists = [...byProtocol.values()];
	const offered: CatalogueEntry[] = [];
	for (let round = 0; offered.length < pairsOffered && lists.some((list) => round < list.length); round += 1) {
		for (const list of lists) if (round < list.length && offered.length < pairsOffered) offered.push(list[round]!);
	}
	return offered;
}

/** The address of two codes side by side, in the order given: `/compare/stt/0x0105/dtp/7001/`. */
export function pairPath(first: CatalogueEntry, second: CatalogueEntry): string {
	return `/compare/${first.protocol}/${first.slug}/${second.protocol}/${second.slug}/`;
}

/**
 * The one published address of a pair: its protocols in their order (`protocolIds`, as `inOrder` lists
 * them), whichever code names the other. The other order is not a page: the 404 page sends it on.
 */
export function canonicalPairPath(a: CatalogueEntry, b: CatalogueEntry, protocolIds: readonly string[]): string {
	return protocolIds.indexOf(a.protocol) <= protocolIds.indexOf(b.protocol) ? pairPath(a, b) : pairPath(b, a);
}

/**
 * How closely a protocol's codes cover a concept, by the closest one: `exact` when one means it,
 * `partial` when the closest is a special case of it or covers more, `related` when they only touch
 * it, `none` without a code. The matrix fills its cell by it.
 */
export type Heat = 'exact' | 'partial' | 'related' | 'none';
export const heatValues: readonly Heat[] = ['exact', 'partial', 'related', 'none'];

export function cellHeat(entries: readonly CatalogueEntry[], conceptId: string): Heat {
	const relations = new Set(entries.flatMap((entry) => entry.data.concepts.filter((link) => link.id === conceptId).map((link) => link.relation)));
	if (relations.has('exact')) return 'exact';
	if (relations.has('narrower') || relations.has('broader')) return 'partial';
	return relations.has('related') ? 'related' : 'none';
}

/** How far a protocol's own document says whether to retry, from which entries state it. */
export function retryExpression(entries: readonly CatalogueEntry[]): string {
	const stated = entries.filter((entry) => entry.data.action.stated.includes('retry'));
	const quoted = entries.filter((entry) => entry.data.action.sourceSays !== undefined);
	if (stated.length === 0 && quoted.length === 0) return 'The source never says whether to retry; every answer on this site is the site’s judgement.';
	const words = quoted.length > 0 ? `; it gives its own words on recovery for ${quoted.length} of ${entries.length}` : '';
	if (stated.length === entries.length) return `The source says whether to retry for every code${words}.`;
	return `The source says whether to retry for ${stated.length} of ${entries.length} codes${words}; the rest is the site’s judgement.`;
}
