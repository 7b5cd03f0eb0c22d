/**
 * What the page models read from the content collections: only the fields they use, so that a test can
 * hand them a small catalogue built in memory, and the routes hand them `getCollection`'s entries.
 */
import type { ConceptData } from '../../schemas/concept';
import type { ErrorEntryData } from '../../schemas/error-entry';
import type { PrintedData } from '../../schemas/printed';
import type { ProtocolData } from '../../schemas/protocol';
import { entriesOfProtocol, toCatalogueEntry, type CatalogueEntry } from '../catalogue';
import type { ConceptRef, ProtocolRef } from '../compare';
import { inOrder } from '../order';

export interface ProtocolItem {
	id: string;
	data: ProtocolData;
}

export interface ConceptItem {
	id: string;
	data: ConceptData;
	/** The concept's Markdown: what differs between the protocols. */
	body?: string | undefined;
}

/** A code's file; `digest` and `body` key the incremental build. */
export interface ErrorItem {
	id: string;
	data: ErrorEntryData;
	digest?: string | number | undefined;
	body?: string | undefined;
}

export interface PrintedItem {
	/** The protocol's id. */
	id: string;
	data: PrintedData;
}

/** Any other entry a page shows through the sidebar (the guides): only its digest matters here. */
export interface OtherItem {
	id: string;
	data: unknown;
	digest?: string | number | undefined;
	body?: string | undefined;
}

export function protocolRefs(protocols: readonly ProtocolItem[]): ProtocolRef[] {
	return inOrder(protocols).map((protocol) => ({ id: protocol.id, name: protocol.data.name, order: protocol.data.order }));
}

export function conceptRefs(concepts: readonly ConceptItem[]): ConceptRef[] {
	return inOrder(concepts).map((concept) => ({ id: concept.id, name: concept.data.name, order: concept.data.order }));
}

/** Concept names by id, in concept order (the order of every concept filter). */
export function conceptNames(concepts: readonly ConceptItem[]): Map<string, string> {
	return new Map(conceptRefs(concepts).map((concept) => [concept.id, concept.name]));
}

/** Every code: protocol by protocol in protocol order, each protocol's in reference order. */
export function allEntriesInOrder(protocols: readonly ProtocolItem[], errors: readonly ErrorItem[]): CatalogueEntry[] {
	const entries = errors.map(toCatalogueEntry);
	return inOrder(protocols).flatMap((protocol) => entriesOfProtocol(entries, protocol.id, protocol.data));
}
