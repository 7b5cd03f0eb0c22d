/** /compare/<concept>/: one concept's codes, protocol by protocol, and what differs between them. */
import { retryShort } from '../action';
import { toCatalogueEntry, type CatalogueEntry } from '../catalogue';
import { conceptMatrix, protocolsCovering, type ProtocolRef } from '../compare';
import { conceptRefs, protocolRefs, type ConceptItem, type ErrorItem, type ProtocolItem } from './collections';
import type { Heading } from './headings';
import { inOrder } from '../order';

export interface ConceptColumn {
	protocol: ProtocolRef;
	entries: CatalogueEntry[];
}

export interface ConceptPage<C extends ConceptItem = ConceptItem> {
	concept: C;
	/** One column per protocol that has codes for the concept, in protocol order. */
	columns: ConceptColumn[];
	/** Per column: how many codes, and the retry answers they give (`now / later`). */
	differences: { protocol: ProtocolRef; codeCount: number; retries: string }[];
	/** The names of the protocols with no code for the concept. */
	missing: string[];
	hasBody: boolean;
	headings: Heading[];
}

function retriesOf(entries: readonly CatalogueEntry[]): string {
	return [...new Set(entries.map((entry) => retryShort[entry.data.action.retry]))].join(' / ');
}

/** Every concept's page, in concept order. */
export function conceptPages<C extends ConceptItem>(concepts: readonly C[], protocols: readonly ProtocolItem[], errors: readonly ErrorItem[]): ConceptPage<C>[] {
	const refs = protocolRefs(protocols);
	const rows = new Map(conceptMatrix(conceptRefs(concepts), refs, errors.map(toCatalogueEntry)).map((row) => [row.concept.id, row]));
	return inOrder(concepts).map((concept) => {
		const row = rows.get(concept.id)!;
		const covering = protocolsCovering(row);
		const columns = row.cells.filter((cell) => cell.entries.length > 0);
		return {
			concept,
			columns,
			differences: columns.map((cell) => ({ protocol: cell.protocol, codeCount: cell.entries.length, retries: retriesOf(cell.entries) })),
			missing: refs.filter((protocol) => !covering.includes(protocol)).map((protocol) => protocol.name),
			hasBody: (concept.body ?? '').trim().length > 0,
			headings: [
				...columns.map((cell) => ({ depth: 2, slug: cell.protocol.id, text: cell.protocol.name })),
				{ depth: 2, slug: 'differences', text: 'What differs' },
			],
		};
	});
}
