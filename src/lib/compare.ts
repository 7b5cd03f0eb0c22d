/**
 * Cross-protocol views built from the concept mapping: the concept × protocol matrix, one concept's
 * codes side by side, and a code's equivalents in other protocols. Pure.
 */
import type { CatalogueEntry } from './catalogue';

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

const byOrder = <T extends { order: number; name: string }>(items: readonly T[]) => [...items].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));

export function conceptMatrix(concepts: readonly ConceptRef[], protocols: readonly ProtocolRef[], entries: readonly CatalogueEntry[]): MatrixRow[] {
	return byOrder(concepts).map((concept) => ({
		concept,
		cells: byOrder(protocols).map((protocol) => ({
			protocol,
			entries: entries.filter((entry) => entry.protocol === protocol.id && entry.data.concepts.includes(concept.id)),
		})),
	}));
}

/** The protocols that have at least one code for the concept. */
export function protocolsCovering(row: MatrixRow): ProtocolRef[] {
	return row.cells.filter((cell) => cell.entries.length > 0).map((cell) => cell.protocol);
}

/** Codes of other protocols that share a concept with the entry, grouped by concept. */
export function equivalentsOf(
	entry: CatalogueEntry,
	concepts: readonly ConceptRef[],
	entries: readonly CatalogueEntry[],
): { concept: ConceptRef; entries: CatalogueEntry[] }[] {
	return byOrder(concepts.filter((concept) => entry.data.concepts.includes(concept.id)))
		.map((concept) => ({
			concept,
			entries: entries.filter((other) => other.protocol !== entry.protocol && other.data.concepts.includes(concept.id)),
		}))
		.filter((group) => group.entries.length > 0);
}

/** Shade step 0–4 for a cell with `count` codes, relative to the fullest cell of the matrix. */
export function shadeStep(count: number, max: number): number {
	if (count === 0 || max === 0) return 0;
	return Math.max(1, Math.ceil((4 * count) / max));
}

/** How a protocol's recoverability is expressed, in words, from who rated its entries. */
export function recoverabilityExpression(entries: readonly CatalogueEntry[]): string {
	const rated = entries.filter((entry) => entry.data.recoverability.origin === 'source');
	if (rated.length === 0) return 'Not rated by the source; every verdict on this site is the site’s judgement.';
	const values = [...new Set(rated.map((entry) => entry.data.recoverability.value))].join(', ');
	if (rated.length === entries.length) return `Rated by the source for every code (${values}).`;
	return `Rated by the source for ${rated.length} of ${entries.length} codes (${values}); the rest are the site’s judgement.`;
}
