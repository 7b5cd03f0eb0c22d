/** /triage/: every code by what its failure lets the reader do. */
import { triageGroups, type TriageGroup } from '../action';
import type { CatalogueEntry } from '../catalogue';
import type { ProtocolRef } from '../compare';
import { allEntriesInOrder, protocolRefs, type ErrorItem, type ProtocolItem } from './collections';
import type { Heading } from './headings';

export interface TriagePage {
	protocols: ProtocolRef[];
	protocolNames: Map<string, string>;
	groups: TriageGroup<CatalogueEntry>[];
	headings: Heading[];
}

export function triagePage(protocols: readonly ProtocolItem[], errors: readonly ErrorItem[]): TriagePage {
	const refs = protocolRefs(protocols);
	const groups = triageGroups(allEntriesInOrder(protocols, errors));
	return {
		protocols: refs,
		protocolNames: new Map(refs.map((protocol) => [protocol.id, protocol.name])),
		groups,
		headings: groups.map((group) => ({ depth: 2, slug: group.situation.id, text: group.situation.title })),
	};
}
