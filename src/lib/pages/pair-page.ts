/**
 * /compare/<protocol>/<slug>/<protocol>/<slug>/: two equivalent codes of different protocols side by
 * side, row by row. A pair has a page when the code pages offer it ("Compare side by side"): both codes
 * mean a concept, and `pairPartners` paired them, so each code's page offers the other. A pair has one
 * page, its protocols in their order; a link that names the codes the other way round reaches the 404
 * page, which sends it on.
 */
import { kindLabels } from '../kinds';
import { CatalogueIndex, entryPath, toCatalogueEntry, type CatalogueEntry } from '../catalogue';
import { canonicalPairPath, pairPartners, pairPath, type ConceptRef } from '../compare';
import { inOrder } from '../order';
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
	/** The page's address: the pair in protocol order, also its canonical address. */
	path: string;
	canonicalPath: string;
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
 * Every pair page: one for each pair the code pages offer. Both codes of a pair offer it, and a code
 * with many equivalents offers two (`pairsOfferedAmongMany`), so a large catalogue has about one pair
 * page a code: they grow with the catalogue, not with its square.
 */
export function pairPages(protocols: readonly ProtocolItem[], concepts: readonly ConceptItem[], errors: readonly ErrorItem[]): PairPage[] {
	// The catalogue as code pages index it, so that the pairs are exactly those they offer.
	const entries = errors.map(toCatalogueEntry);
	const index = new CatalogueIndex(entries);
	const conceptList = conceptRefs(concepts);
	const protocolById = new Map(protocols.map((protocol) => [protocol.id, protocol.data]));
	const protocolIds = inOrder(protocols, (protocol) => ({ rank: protocol.data.order, id: protocol.id })).map((protocol) => protocol.id);

	// Each pair once, in protocol order: the order of its one address.
	const pairs = new Map<string, [CatalogueEntry, CatalogueEntry]>();
	for (const [entry, others] of pairPartners(index, conceptList, protocolIds)) {
		for (const other of others) {
			const path = canonicalPairPath(entry, other, protocolIds);
			if (!pairs.has(path)) pairs.set(path, path === pairPath(entry, other) ? [entry, other] : [other, entry]);
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

	return [...pairs.values()].map(([first, second]) => {
		const sides: [PairSide, PairSide] = [sideOf(first), sideOf(second)];
		const [one, two] = sides;
		const meant = sharedOf(first, second).filter((item) => item.exact).map((item) => item.concept.name.toLowerCase());
		const path = pairPath(first, second);
		return {
			params: { p1: first.protocol, s1: first.slug, p2: second.protocol, s2: second.slug },
			sides,
			shared: sharedOf(first, second),
			path,
			canonicalPath: path,
			title: `${one.label} and ${two.label}`,
			description: `${one.label} ${one.entry.data.name} and ${two.label} ${two.entry.data.name} both mean ${meant.join(' and ')}: meaning, causes, what to do, recovery and delivery side by side.`,
			headings: [...pairRows],
		};
	});
}
