/** /codes/: every code of every protocol in one table. */
import type { CatalogueEntry } from '../catalogue';
import type { ProtocolData } from '../../schemas/protocol';
import { inOrder } from '../order';
import { allEntriesInOrder, conceptNames, type ConceptItem, type ErrorItem, type ProtocolItem } from './collections';
import { theProtocols } from './prose';

export interface CodesPage {
	description: string;
	/** `the five protocols`, as the introduction names them. */
	protocolsInWords: string;
	caption: string;
	entries: CatalogueEntry[];
	protocols: Map<string, ProtocolData>;
	concepts: Map<string, string>;
}

export function codesPage(protocols: readonly ProtocolItem[], concepts: readonly ConceptItem[], errors: readonly ErrorItem[]): CodesPage {
	const entries = allEntriesInOrder(protocols, errors);
	return {
		description: `Every code of every protocol in one table: ${entries.length} codes, filterable by protocol, category, kind, concept, retry and who acts.`,
		protocolsInWords: theProtocols(protocols.length),
		caption: `All ${entries.length} codes`,
		entries,
		protocols: new Map(inOrder(protocols).map((protocol) => [protocol.id, protocol.data])),
		concepts: conceptNames(concepts),
	};
}
