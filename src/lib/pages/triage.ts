/**
 * /triage/: every code by what its failure lets the reader do. Each situation holds its first codes
 * in the page; the rest wait in one JSON shard per protocol (`/triage/rows/<protocol>.json`), fetched
 * when the reader picks a protocol or asks for every code. Without JavaScript each protocol's page
 * lists all its codes with whether to retry and who acts.
 */
import { triageGroups, type TriageGroup } from '../action';
import type { CatalogueEntry } from '../catalogue';
import type { ProtocolRef } from '../compare';
import { allEntriesInOrder, protocolRefs, type ErrorItem, type ProtocolItem } from './collections';
import type { RowSelection, RowShard } from './codes';
import type { Heading } from './headings';

/** Codes each situation holds in the page's HTML, the same at 100 codes or 10,000. */
export const triageRowsShown = 10;

export interface TriagePage {
	protocols: ProtocolRef[];
	protocolNames: Map<string, string>;
	/** Every code of each situation: the counts, and the rows' places. */
	groups: TriageGroup<CatalogueEntry>[];
	/** Which rows of each situation the HTML holds. */
	rows: RowSelection;
	shards: RowShard[];
	headings: Heading[];
}

export const triageShardPath = (protocolId: string): string => `/triage/rows/${protocolId}.json`;

export function triagePage(protocols: readonly ProtocolItem[], errors: readonly ErrorItem[]): TriagePage {
	const refs = protocolRefs(protocols);
	const entries = allEntriesInOrder(protocols, errors);
	const groups = triageGroups(entries);
	return {
		protocols: refs,
		protocolNames: new Map(refs.map((protocol) => [protocol.id, protocol.name])),
		groups,
		rows: (_entry, index) => index < triageRowsShown,
		shards: refs.map((protocol) => ({
			protocol: protocol.id,
			name: protocol.name,
			count: entries.filter((entry) => entry.protocol === protocol.id).length,
			path: triageShardPath(protocol.id),
			table: `/${protocol.id}/#all-codes`,
		})),
		headings: groups.map((group) => ({ depth: 2, slug: group.situation.id, text: group.situation.title })),
	};
}

export interface TriageShard {
	protocolNames: Map<string, string>;
	/** Each situation's codes of the protocol, and the place of the first in the situation's order. */
	groups: { situation: TriageGroup<CatalogueEntry>['situation']; entries: CatalogueEntry[]; orderFrom: number }[];
}

/** One protocol's shard: its codes in each situation, each at its place there (a protocol's codes stand together). */
export function triageRowsShard(protocols: readonly ProtocolItem[], errors: readonly ErrorItem[], protocolId: string): TriageShard {
	return triageShardOf(triagePage(protocols, errors), protocolId);
}

/** Every protocol's shard, from one reading of the catalogue. */
export function triageRowShards(protocols: readonly ProtocolItem[], errors: readonly ErrorItem[]): Map<string, TriageShard> {
	const page = triagePage(protocols, errors);
	return new Map(page.shards.map((shard) => [shard.protocol, triageShardOf(page, shard.protocol)]));
}

function triageShardOf(page: TriagePage, protocolId: string): TriageShard {
	return {
		protocolNames: page.protocolNames,
		groups: page.groups.map((group) => ({
			situation: group.situation,
			entries: group.entries.filter((entry) => entry.protocol === protocolId),
			orderFrom: Math.max(0, group.entries.findIndex((entry) => entry.protocol === protocolId)),
		})),
	};
}
