/**
 * /compare/<protocol>/<slug>/<protocol>/<slug>/: two equivalent codes of different protocols side by
 * side, row by row. A pair has a page when a code page offers it ("Compare side by side"): both codes
 * mean a concept, and one lists the other among its equivalents. Both orders of a pair have a page,
 * so that a link can put either code first; the one in protocol order is canonical.
 */
import { kindLabels } from '../kinds';
import { CatalogueIndex, entryPath, toCatalogueEntry, type CatalogueEntry } from '../catalogue';
import { equivalentsOf, equivalentsShown, pairPath, pairsOfferedBy, type ConceptRef } from '../compare';
import type { ConceptLink } from '../relations';
import type { ProtocolData } from '../../schemas/protocol';
import { conceptRefs, type ConceptItem, type ErrorItem, type ProtocolItem } from './collections';
import type { Heading } from './headings';

type Carrier = ProtocolData['delivery'][number];

export interface PairSide {
	entry: CatalogueEntry;
	protocolId: string;
	protocolName: string;
	/** `STT 0x0105`: how each row labels the code. */
	label: string;
	/** The code's own page. */
	path: string;
	kindLabel: string;
	/** How the code reaches the application: the protocol's carriers for its kind of code. */
	carriers: Carrier[];
	/** The title of the document the code comes from. */
	sourceTitle: string;
}

export interface SharedConcept {
	concept: ConceptRef;
	/** Each code's link to the concept, in the order of the sides. */
	links: [ConceptLink, ConceptLink];
	/** Both codes mean the concept. */
	exact: boolean;
}

export interface PairPage {
	params: { p1: string; s1: string; p2: string; s2: string };
	/** The two codes in the order the address names them. */
	sides: [PairSide, PairSide];
	/** The concepts both codes are linked to: those both mean first, then the looser ones. */
	shared: SharedConcept[];
	path: string;
	/** The same pair in protocol order: the address search engines should keep. */
	canonicalPath: string;
	/** The same pair the other way round, for a reader who wants the other code on the left. */
	swappedPath: string;
	title: string;
	description: string;
	/** The rows, as headings: the page's outline. */
	headings: Heading[];
}

/** The rows every pair page aligns, in order. */
export const pairRows: readonly Heading[] = [
	{ depth: 2, slug: 'why-compared', text: 'Why these two' },
	{ depth: 2, slug: 'meaning', text: 'Meaning' },
	{ depth: 2, slug: 'causes', text: 'Causes' },
	{ depth: 2, slug: 'what-to-do-now', text: 'What to do now' },
	{ depth: 2, slug: 'steps', text: 'Recovery steps' },
	{ depth: 2, slug: 'delivery', text: 'How it reaches the application' },
];

/** The protocol's carriers for a kind of code; all of them when none names its kinds. */
export function carriersOf(protocol: ProtocolData, kind: CatalogueEntry['data']['kind']): Carrier[] {
	const named = protocol.delivery.filter((carrier) => carrier.kinds === undefined || carrier.kinds.includes(kind));
	return named.length > 0 ? named : protocol.delivery;
}

/**
 * Every pair page. A code offers at most `pairsOffered` pairs, so there are at most twice that many
 * pages per code (each pair has two, one per order): they grow with the catalogue, not with its square.
 */
export function pairPages(protocols: readonly ProtocolItem[], concepts: readonly ConceptItem[], errors: readonly ErrorItem[]): PairPage[] {
	// The order code pages index the catalogue in, so that the pairs are exactly those they offer.
	const entries = errors.map(toCatalogueEntry);
	const index = new CatalogueIndex(entries);
	const conceptList = conceptRefs(concepts);
	const protocolById = new Map(protocols.map((protocol) => [protocol.id, protocol.data]));
	const protocolRank = new Map(protocols.map((protocol) => [protocol.id, protocol.data.order]));
	const rank = (entry: CatalogueEntry) => protocolRank.get(entry.protocol) ?? Number.MAX_SAFE_INTEGER;
	const position = new Map(entries.map((entry, at) => [entry, at]));

	// Each pair once, in protocol order (then catalogue order between codes of protocols of one rank).
	const pairs = new Map<string, [CatalogueEntry, CatalogueEntry]>();
	for (const entry of entries) {
		for (const other of pairsOfferedBy(entry, equivalentsOf(entry, conceptList, index, equivalentsShown))) {
			const first = rank(entry) < rank(other) || (rank(entry) === rank(other) && position.get(entry)! < position.get(other)!);
			const pair: [CatalogueEntry, CatalogueEntry] = first ? [entry, other] : [other, entry];
			pairs.set(pairPath(...pair), pair);
		}
	}

	const sideOf = (entry: CatalogueEntry): PairSide => {
		const protocol = protocolById.get(entry.protocol)!;
		return {
			entry,
			protocolId: entry.protocol,
			protocolName: protocol.name,
			label: `${protocol.name} ${entry.data.code}`,
			path: entryPath(entry),
			kindLabel: kindLabels[entry.data.kind],
			carriers: carriersOf(protocol, entry.data.kind),
			sourceTitle: protocol.source.title,
		};
	};
	const sharedOf = (a: CatalogueEntry, b: CatalogueEntry): SharedConcept[] => {
		const shared = conceptList.flatMap((concept) => {
			const mine = a.data.concepts.find((link) => link.id === concept.id);
			const theirs = b.data.concepts.find((link) => link.id === concept.id);
			if (!mine || !theirs) return [];
			return [{ concept, links: [mine, theirs] as [ConceptLink, ConceptLink], exact: mine.relation === 'exact' && theirs.relation === 'exact' }];
		});
		return [...shared.filter((item) => item.exact), ...shared.filter((item) => !item.exact)];
	};

	return [...pairs.values()].flatMap(([a, b]) => {
		const canonicalPath = pairPath(a, b);
		return [
			[a, b],
			[b, a],
		].map(([first, second]) => {
			const sides: [PairSide, PairSide] = [sideOf(first!), sideOf(second!)];
			const [one, two] = sides;
			const meant = sharedOf(first!, second!).filter((item) => item.exact).map((item) => item.concept.name.toLowerCase());
			return {
				params: { p1: first!.protocol, s1: first!.slug, p2: second!.protocol, s2: second!.slug },
				sides,
				shared: sharedOf(first!, second!),
				path: pairPath(first!, second!),
				canonicalPath,
				swappedPath: pairPath(second!, first!),
				title: `${one.label} and ${two.label}`,
				description: `${one.label} ${one.entry.data.name} and ${two.label} ${two.entry.data.name} both mean ${meant.join(' and ')}: meaning, causes, what to do, recovery and delivery side by side.`,
				headings: [...pairRows],
			};
		});
	});
}
