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
	// Indexed once: filtering the whole catalogue for every cell read it concepts × protocols times.
	const index = CatalogueIndex.of(entries);
	return inOrder(concepts).map((concept) => ({
		concept,
		cells: inOrder(protocols).map((protocol) => ({
			protocol,
			entries: [...(index.withConceptByProtocol(concept.id).get(protocol.id) ?? [])],
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
 * `CatalogueIndex` of it, so that a call reads no more than the codes it returns. `pinned` codes (the
 * ones the page offers side by side) are listed wherever they belong to a group, and count against
 * its limit, before the fair share fills the rest.
 */
export function equivalentsOf(
	entry: CatalogueEntry,
	concepts: readonly ConceptRef[],
	entries: readonly CatalogueEntry[] | CatalogueIndex,
	limit = Number.POSITIVE_INFINITY,
	pinned: readonly CatalogueEntry[] = [],
): EquivalentGroup[] {
	const index = entries instanceof CatalogueIndex ? entries : new CatalogueIndex(entries);
	return inOrder(concepts.filter((concept) => entry.data.concepts.some((link) => link.id === concept.id)))
		.map((concept) => {
			const lists = [...index.withConceptByProtocol(concept.id)].filter(([protocol]) => protocol !== entry.protocol).map(([, list]) => list);
			// Which places of each protocol's list are shown: the pinned codes first, then round by round one
			// more code from each protocol that has fewer than the round's share and one left, until the limit.
			const taken = lists.map(() => new Set<number>());
			let left = limit;
			for (const code of pinned) {
				const position = lists.findIndex((list) => list[0]?.protocol === code.protocol);
				const at = position === -1 ? -1 : lists[position]!.indexOf(code);
				if (at !== -1 && left > 0 && !taken[position]!.has(at)) {
					taken[position]!.add(at);
					left -= 1;
				}
			}
			const next = lists.map(() => 0);
			for (let round = 1, more = true; left > 0 && more; round += 1) {
				more = false;
				lists.forEach((list, position) => {
					const shown = taken[position]!;
					while (next[position]! < list.length && shown.has(next[position]!)) next[position]! += 1;
					if (next[position]! >= list.length) return;
					more = true;
					if (left > 0 && shown.size < round) {
						shown.add(next[position]!);
						left -= 1;
					}
				});
			}
			const total = lists.reduce((sum, list) => sum + list.length, 0);
			return { concept, entries: lists.flatMap((list, position) => [...taken[position]!].sort((a, b) => a - b).map((at) => list[at]!)), total };
		})
		.filter((group) => group.total > 0);
}

/**
 * How many of its equivalents a code page offers side by side: all of them when it has at most
 * `pairsOffered` (as every code of the real catalogue has), and `pairsOfferedAmongMany` when it has
 * more, as codes of a large catalogue have hundreds. Each offer is a page, shared by the two codes of
 * the pair, so a large catalogue has about one pair page a code.
 */
export const pairsOffered = 3;
export const pairsOfferedAmongMany = 2;

const byCode = (entries: readonly CatalogueEntry[]) => inOrder(entries, (entry) => ({ rank: 0, id: entry.slug }));

/**
 * The pairs the site sets side by side, as each code's partners: every pair is offered by both its
 * codes, so the pages are the pairs, each counted once. Two codes pair when both mean a concept and
 * their protocols differ.
 *
 * Deterministic: concept by concept in their order, each concept's codes that mean it are dealt out
 * one protocol after another (protocols in site order, each protocol's codes by code, whatever order
 * the files were read in), and neighbours in that line pair first, then codes two places apart, and
 * so on, while both have an offer left. A code with few equivalents pairs with all of them; in a large
 * concept a code pairs with its two neighbours, codes of the protocols beside its own. Only the first
 * few places of the line are looked at, so the work grows with the codes, not with their square.
 */
export function pairPartners(index: CatalogueIndex, concepts: readonly ConceptRef[], protocolIds: readonly string[]): Map<CatalogueEntry, CatalogueEntry[]> {
	const ordered = inOrder(concepts);
	// Each concept's codes that mean it, by protocol in site order.
	const meaning = ordered.map((concept) => {
		const byProtocol = index.withConceptByProtocol(concept.id);
		return protocolIds
			.map((protocol) => byCode((byProtocol.get(protocol) ?? []).filter((entry) => entry.data.concepts.some((link) => link.id === concept.id && link.relation === 'exact'))))
			.filter((list) => list.length > 0);
	});
	// How many equivalents each code has: the codes of other protocols that mean a concept it means.
	const meant = new Map<CatalogueEntry, (readonly CatalogueEntry[])[][]>();
	for (const lists of meaning) for (const list of lists) for (const entry of list) meant.set(entry, [...(meant.get(entry) ?? []), lists]);
	const countOf = (entry: CatalogueEntry) => {
		const concepts = meant.get(entry) ?? [];
		const others = (lists: (readonly CatalogueEntry[])[]) => lists.filter((list) => list[0]!.protocol !== entry.protocol);
		// One concept, as nearly every code: a sum. More: the codes they share counted once.
		if (concepts.length === 1) return others(concepts[0]!).reduce((sum, list) => sum + list.length, 0);
		return new Set(concepts.flatMap((lists) => others(lists).flat())).size;
	};
	const caps = new Map([...meant.keys()].map((entry) => [entry, countOf(entry) <= pairsOffered ? pairsOffered : pairsOfferedAmongMany]));

	const partners = new Map<CatalogueEntry, CatalogueEntry[]>();
	const full = (entry: CatalogueEntry) => (partners.get(entry)?.length ?? 0) >= caps.get(entry)!;
	const pair = (a: CatalogueEntry, b: CatalogueEntry) => {
		for (const [one, other] of [[a, b], [b, a]] as const) {
			const list = partners.get(one);
			if (list) list.push(other);
			else partners.set(one, [other]);
		}
	};
	for (const lists of meaning) {
		if (lists.length < 2) continue;
		const line: CatalogueEntry[] = [];
		for (let round = 0, more = true; more; round += 1) {
			more = false;
			for (const list of lists) {
				if (round < list.length) {
					line.push(list[round]!);
					more = true;
				}
			}
		}
		// Within this distance every code meets `pairsOffered` codes of every other protocol still dealt.
		const reach = Math.min(line.length - 1, (pairsOffered + 1) * lists.length);
		for (let distance = 1; distance <= reach; distance += 1) {
			for (let at = 0; at + distance < line.length; at += 1) {
				const a = line[at]!;
				const b = line[at + distance]!;
				if (a.protocol === b.protocol || full(a) || full(b) || partners.get(a)?.includes(b)) continue;
				pair(a, b);
			}
		}
	}
	return partners;
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
