/** /compare/: the concept × protocol matrix and the error models side by side. */
import { conceptMatrix, retryExpression, type MatrixRow, type ProtocolRef } from '../compare';
import type { ProtocolData } from '../../schemas/protocol';
import { inOrder } from '../order';
import { toCatalogueEntry } from '../catalogue';
import { conceptRefs, protocolRefs, type ConceptItem, type ErrorItem, type ProtocolItem } from './collections';
import { capitalised, countInWords, listInWords, theProtocols } from './prose';

export interface ErrorModel {
	id: string;
	protocol: ProtocolData;
	/** How far the protocol's document says whether to retry, derived from its entries. */
	retry: string;
	codeCount: number;
}

export interface CompareIndexPage {
	description: string;
	/** `The five protocols`, as the lede opens. */
	protocolsInWords: string;
	protocols: ProtocolRef[];
	rows: MatrixRow[];
	models: ErrorModel[];
}

export function compareIndexPage(protocols: readonly ProtocolItem[], concepts: readonly ConceptItem[], errors: readonly ErrorItem[]): CompareIndexPage {
	const entries = errors.map(toCatalogueEntry);
	const refs = protocolRefs(protocols);
	const models = inOrder(protocols).map((protocol) => {
		const own = entries.filter((entry) => entry.protocol === protocol.id);
		return { id: protocol.id, protocol: protocol.data, retry: retryExpression(own), codeCount: own.length };
	});
	const count = countInWords(refs.length);
	return {
		description: `The same troubles under ${count} names: each concept with the codes of ${listInWords(refs.map((protocol) => protocol.name))} that stand for it, and the ${count} error models side by side.`,
		protocolsInWords: capitalised(theProtocols(refs.length)),
		protocols: refs,
		rows: conceptMatrix(conceptRefs(concepts), refs, entries),
		models,
	};
}
