/** /compare/: the concept × protocol matrix and the error models side by side. */
import { conceptMatrix, retryExpression, type MatrixRow, type ProtocolRef } from '../compare';
import type { CatalogueEntry } from '../catalogue';
import type { ProtocolData } from '../../schemas/protocol';
import { inOrder } from '../order';
import { allEntriesInOrder, conceptRefs, protocolRefs, type ConceptItem, type ErrorItem, type ProtocolItem } from './collections';
import { capitalised, countInWords, listInWords, theProtocols } from './prose';

export interface ErrorModel {
	id: string;
	protocol: ProtocolData;
	/** How far the protocol's document says whether to retry, derived from its entries. */
	retry: string;
	codeCount: number;
}

/**
 * How many codes a matrix cell names. A cell of a large catalogue holds hundreds; it names its first
 * codes, says how many there are, and links to the concept's page, which lists every one, so that
 * /compare/ weighs the same at 100 codes or 10,000.
 */
export const matrixCellShown = 8;

export interface MatrixCell {
	protocol: ProtocolRef;
	/** Every code of the protocol for the concept: the count and the shading. */
	entries: CatalogueEntry[];
	/** The codes the cell names, the first `matrixCellShown` in catalogue order. */
	shown: CatalogueEntry[];
	/** Where the rest are listed, when the cell names fewer than it has: the concept page's section for the protocol. */
	rest: string | undefined;
}

export interface MatrixPageRow extends Omit<MatrixRow, 'cells'> {
	cells: MatrixCell[];
}

export interface CompareIndexPage {
	description: string;
	/** `The five protocols`, as the lede opens. */
	protocolsInWords: string;
	protocols: ProtocolRef[];
	rows: MatrixPageRow[];
	models: ErrorModel[];
}

export function compareIndexPage(protocols: readonly ProtocolItem[], concepts: readonly ConceptItem[], errors: readonly ErrorItem[]): CompareIndexPage {
	// In reference order, protocol by protocol: a full cell names the first codes of its protocol's table.
	const entries = allEntriesInOrder(protocols, errors);
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
		rows: conceptMatrix(conceptRefs(concepts), refs, entries).map((row) => ({
			concept: row.concept,
			cells: row.cells.map((cell) => ({
				...cell,
				shown: cell.entries.slice(0, matrixCellShown),
				rest: cell.entries.length > matrixCellShown ? `/compare/${row.concept.id}/#${cell.protocol.id}` : undefined,
			})),
		})),
		models,
	};
}
