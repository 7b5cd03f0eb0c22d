/** /<protocol>/: a protocol's reference page with the table of its codes. */
import { entriesOfProtocol, toCatalogueEntry, type CatalogueEntry } from '../catalogue';
import { inOrder } from '../order';
import { conceptNames, type ConceptItem, type ErrorItem, type ProtocolItem } from './collections';
import type { Heading } from './headings';

export interface ProtocolPage<P extends ProtocolItem = ProtocolItem> {
	protocol: P;
	/** The protocol's codes in reference order. */
	entries: CatalogueEntry[];
	/** Concept names by id, in concept order, for the table's concept filter. */
	concepts: Map<string, string>;
	description: string;
}

/** Every protocol's page, in protocol order. */
export function protocolPages<P extends ProtocolItem>(protocols: readonly P[], concepts: readonly ConceptItem[], errors: readonly ErrorItem[]): ProtocolPage<P>[] {
	const all = errors.map(toCatalogueEntry);
	const names = conceptNames(concepts);
	return inOrder(protocols).map((protocol) => {
		const entries = entriesOfProtocol(all, protocol.id, protocol.data);
		return {
			protocol,
			entries,
			concepts: names,
			description: `Every ${protocol.data.name} error code: format, categories, handling strategies and a table of all ${entries.length} codes.`,
		};
	});
}

/** The page's table of contents: its own sections around the headings of the protocol's Markdown. */
export function protocolPageHeadings(protocol: ProtocolItem, markdownHeadings: readonly Heading[]): Heading[] {
	return [
		{ depth: 2, slug: 'code-format', text: 'Code format' },
		{ depth: 2, slug: 'categories', text: 'Categories' },
		// The categories are listed here rather than in the sidebar, which every page carries.
		...protocol.data.categories.map((category) => ({ depth: 3, slug: category.id, text: category.name })),
		{ depth: 2, slug: 'error-carriers', text: 'Error carriers' },
		...markdownHeadings,
		{ depth: 2, slug: 'all-codes', text: `All ${protocol.data.name} codes` },
	];
}
