/** /<protocol>/<code>/: each code's page, with everything it shows resolved from the catalogue. */
import type { Related } from '../../schemas/related';
import type { ProtocolData } from '../../schemas/protocol';
import { cacheKeyOf, entryDigest } from '../cache-key';
import { inOrder } from '../order';
import { CatalogueIndex, entryPath, entrySections, refOf, sectionsAroundBody, toCatalogueEntry, type CatalogueEntry, type EntrySection } from '../catalogue';
import { equivalentsOf, equivalentsShown, pairPartners, type EquivalentGroup } from '../compare';
import { printedOfProtocol, type PrintedForCode } from '../printed';
import { uniqueSpellingsOf } from '../spellings';
import { conceptRefs, type ConceptItem, type ErrorItem, type OtherItem, type PrintedItem, type ProtocolItem } from './collections';
import { level2, type Heading } from './headings';

export interface CodePageInput<E extends ErrorItem> {
	errors: readonly E[];
	protocols: readonly ProtocolItem[];
	concepts: readonly ConceptItem[];
	printed: readonly PrintedItem[];
	/** The guides: every page's sidebar lists them. */
	docs: readonly OtherItem[];
}

export interface CodePageProps<E extends ErrorItem = ErrorItem> {
	/** The code's file, for its Markdown body. */
	raw: E;
	entry: CatalogueEntry;
	protocol: ProtocolData;
	parent: CatalogueEntry | undefined;
	subCodes: readonly CatalogueEntry[];
	related: { link: Related; target: CatalogueEntry }[];
	/** The entry that replaces a retired one. */
	replacement: CatalogueEntry | undefined;
	/** The other spellings that lead here. */
	spellings: string[];
	equivalents: EquivalentGroup[];
	/** The equivalents the page offers side by side, each of which offers this code back (`pairPartners`). */
	offered: readonly CatalogueEntry[];
	/** The protocols' display names by id. */
	protocolNames: ReadonlyMap<string, string>;
	printed: PrintedForCode | undefined;
	/** The page's sections, in order; its headings and its table of contents both come from them. */
	sections: EntrySection[];
}

export interface CodePagePath<E extends ErrorItem> {
	params: { protocol: string; code: string };
	props: CodePageProps<E>;
	/** Covers everything the page shows: an edit to any code it shows re-renders it. */
	cacheKey: string;
}

/** Every code's page. The catalogue is indexed once, so the work per page does not grow with it. */
export function codePages<E extends ErrorItem>({ errors, protocols, concepts, printed, docs }: CodePageInput<E>): CodePagePath<E>[] {
	const entries = errors.map(toCatalogueEntry);
	const refs = entries.map(refOf);
	const index = new CatalogueIndex(entries);
	const conceptList = conceptRefs(concepts);
	const protocolData = new Map(protocols.map((protocol) => [protocol.id, protocol.data]));
	// In the protocols' order: a pair's address puts its codes in that order.
	const protocolNames = new Map(inOrder(protocols, (protocol) => ({ rank: protocol.data.order, id: protocol.id })).map((protocol) => [protocol.id, protocol.data.name]));
	// The pairs offered side by side, chosen once for the whole catalogue: pair pages are made from the same call.
	const partners = pairPartners(index, conceptList, [...protocolNames.keys()]);
	const printedByProtocol = new Map(printed.map((file) => [file.id, printedOfProtocol(file.data)]));
	// What every code page shows beyond its own codes: protocol names and data, concept names, and the
	// sidebar (protocols and guides).
	const siteKey = cacheKeyOf([...protocols, ...concepts, ...printed, ...docs].map(entryDigest));
	const digests = new Map(entries.map((entry, position) => [entry, entryDigest(errors[position]!)]));
	const digestOf = (entry: CatalogueEntry) => digests.get(entry)!;

	return errors.map((raw, position) => {
		const entry = entries[position]!;
		const protocol = protocolData.get(entry.protocol);
		if (!protocol) throw new Error(`${raw.id}: no protocol "${entry.protocol}"`);
		const parent = entry.data.parent === undefined ? undefined : index.find(entry.protocol, entry.data.parent);
		const subCodes = index.subCodesOf(entry);
		const related = entry.data.related.flatMap((link) => {
			const target = index.find(entry.protocol, link.code);
			return target ? [{ link, target }] : [];
		});
		const replacedBy = entry.data.retired?.replacedBy;
		const replacement = replacedBy === undefined ? undefined : index.find(entry.protocol, replacedBy);
		const spellings = uniqueSpellingsOf(refOf(entry), refs).filter((spelling) => spelling !== entry.slug && spelling !== entry.data.code);
		const offered = partners.get(entry) ?? [];
		const equivalents = equivalentsOf(entry, conceptList, index, equivalentsShown, offered);
		const printedForCode = printedByProtocol.get(entry.protocol)?.get(entry.data.code);
		const sections = entrySections(entry, { protocolName: protocol.name, subCodes, printed: printedForCode, equivalents, related });
		const cacheKey = cacheKeyOf({
			siteKey,
			entry: digestOf(entry),
			parent: parent && digestOf(parent),
			subCodes: subCodes.map(digestOf),
			related: related.map(({ target }) => digestOf(target)),
			replacement: replacement && digestOf(replacement),
			spellings,
			equivalents: equivalents.map((group) => [group.concept.id, group.total, group.entries.map(digestOf)]),
			offered: offered.map(digestOf),
		});
		return {
			params: { protocol: entry.protocol, code: entry.slug },
			props: { raw, entry, protocol, parent, subCodes, related, replacement, spellings, equivalents, offered, protocolNames, printed: printedForCode, sections },
			cacheKey,
		};
	});
}

export interface CodePageFrame {
	title: string;
	/** The title the browser tab and search results show: with the protocol, which the page heading leaves out. */
	documentTitle: string;
	description: string;
	canonicalUrl: string;
	/** The page's sections, with the headings of the entry's Markdown where its body goes. */
	headings: Heading[];
}

/** What the page's frame shows: its titles, description, canonical address and table of contents. */
export function codePageFrame(props: Pick<CodePageProps, 'entry' | 'protocol' | 'sections'>, site: URL | undefined, markdownHeadings: readonly Heading[]): CodePageFrame {
	const { entry, protocol } = props;
	const { code, name, summary } = entry.data;
	const { beforeBody, afterBody } = sectionsAroundBody(props.sections);
	return {
		title: `${code} ${name}`,
		documentTitle: `${protocol.name} ${code} ${name} | Protocol Error Atlas`,
		description: `${protocol.name} ${code} ${name}: ${summary}`,
		canonicalUrl: new URL(entryPath(entry), site).href,
		headings: [...level2(beforeBody), ...markdownHeadings, ...level2(afterBody)],
	};
}
