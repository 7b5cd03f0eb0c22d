/**
 * /codes/: every code of every protocol in one table. The page ships the first screenful of rows; the
 * rest wait in one JSON shard per protocol (`/codes/rows/<protocol>.json`, the same row markup), which
 * the table fetches when the reader filters, sorts or asks for every code. Without JavaScript the page
 * stays complete through its links to each protocol's own table, which lists all its codes.
 */
import type { CatalogueEntry } from '../catalogue';
import type { ProtocolData } from '../../schemas/protocol';
import { inOrder } from '../order';
import { allEntriesInOrder, conceptNames, type ConceptItem, type ErrorItem, type ProtocolItem } from './collections';
import { theProtocols } from './prose';

/** Rows in the page's own HTML: a screenful and more at any width, the same at 100 codes or 10,000. */
export const firstScreenRows = 50;

/** Which rows of the table a rendering holds, by the entry and its place in the whole catalogue's order. */
export type RowSelection = (entry: CatalogueEntry, index: number) => boolean;

/** One protocol's rows, fetched on demand, and its own complete table. */
export interface RowShard {
	protocol: string;
	name: string;
	count: number;
	/** The shard: `/codes/rows/stt.json`. */
	path: string;
	/** The protocol page's table of every code, for readers without JavaScript. */
	table: string;
}

export interface CodesPage {
	description: string;
	/** `the five protocols`, as the introduction names them. */
	protocolsInWords: string;
	caption: string;
	/** Every code, in the catalogue's order: the filters offer what all of them hold. */
	entries: CatalogueEntry[];
	/** Which of them the page's HTML holds: the first screenful. */
	rows: RowSelection;
	/** How many that is. */
	firstRows: number;
	/** The place of `entries[0]` in the whole catalogue's order: rows carry their place, so that shards merge. */
	orderFrom: number;
	shards: RowShard[];
	protocols: Map<string, ProtocolData>;
	concepts: Map<string, string>;
}

export const rowShardPath = (protocolId: string): string => `/codes/rows/${protocolId}.json`;

export function codesPage(protocols: readonly ProtocolItem[], concepts: readonly ConceptItem[], errors: readonly ErrorItem[]): CodesPage {
	const entries = allEntriesInOrder(protocols, errors);
	const firstRows = Math.min(firstScreenRows, entries.length);
	return {
		description: `Every code of every protocol in one table: ${entries.length} codes, filterable by protocol, category, kind, concept, retry and who acts.`,
		protocolsInWords: theProtocols(protocols.length),
		caption: `All ${entries.length} codes`,
		entries,
		rows: (_entry, index) => index < firstRows,
		firstRows,
		orderFrom: 0,
		shards: inOrder(protocols).map((protocol) => ({
			protocol: protocol.id,
			name: protocol.data.name,
			count: entries.filter((entry) => entry.protocol === protocol.id).length,
			path: rowShardPath(protocol.id),
			table: `/${protocol.id}/#all-codes`,
		})),
		protocols: new Map(inOrder(protocols).map((protocol) => [protocol.id, protocol.data])),
		concepts: conceptNames(concepts),
	};
}

/**
 * One protocol's shard: the same table as /codes/, holding only that protocol's rows, each at its
 * place in the whole order. A protocol's codes stand together in that order, so the shard renders
 * only its own codes, and its cost does not grow with the rest of the catalogue.
 */
export function codeRowsShard(protocols: readonly ProtocolItem[], concepts: readonly ConceptItem[], errors: readonly ErrorItem[], protocolId: string): CodesPage {
	return shardOf(codesPage(protocols, concepts, errors), protocolId);
}

/** Every protocol's shard, from one reading of the catalogue. */
export function codeRowShards(protocols: readonly ProtocolItem[], concepts: readonly ConceptItem[], errors: readonly ErrorItem[]): Map<string, CodesPage> {
	const page = codesPage(protocols, concepts, errors);
	return new Map(page.shards.map((shard) => [shard.protocol, shardOf(page, shard.protocol)]));
}

function shardOf(page: CodesPage, protocolId: string): CodesPage {
	const orderFrom = page.entries.findIndex((entry) => entry.protocol === protocolId);
	const own = page.entries.filter((entry) => entry.protocol === protocolId);
	return { ...page, entries: own, rows: () => true, orderFrom: Math.max(0, orderFrom) };
}

/** The body rows of a rendered table, as markup a page adds to its own table. */
export function tableBodyRows(tableHtml: string, what: string): string {
	const start = tableHtml.indexOf('<tbody>');
	const end = tableHtml.lastIndexOf('</tbody>');
	if (start < 0 || end < start) throw new Error(`${what} has no table body`);
	return tableHtml.slice(start + '<tbody>'.length, end);
}

/** A shard's JSON: the body rows of a rendered table, as markup the page adds to its own table. */
export function rowShardJson(protocolId: string, tableHtml: string): string {
	return JSON.stringify({ protocol: protocolId, rows: tableBodyRows(tableHtml, `the ${protocolId} row shard`) });
}
