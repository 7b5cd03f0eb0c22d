/** The home page: every protocol with its number of codes. */
import { inOrder } from '../order';
import type { ErrorItem, ProtocolItem } from './collections';
import { toCatalogueEntry } from '../catalogue';

export interface HomeProtocol extends ProtocolItem {
	codeCount: number;
}

export interface HomePage {
	description: string;
	codeCount: number;
	protocols: HomeProtocol[];
}

export function homePage(protocols: readonly ProtocolItem[], errors: readonly ErrorItem[]): HomePage {
	const counts = new Map<string, number>();
	for (const { protocol } of errors.map(toCatalogueEntry)) counts.set(protocol, (counts.get(protocol) ?? 0) + 1);
	const ordered = inOrder(protocols).map((protocol) => ({ id: protocol.id, data: protocol.data, codeCount: counts.get(protocol.id) ?? 0 }));
	const names = ordered.map((protocol) => protocol.data.name).join(', ');
	return {
		description: `What every error code of ${names} means, and what to do about it: ${errors.length} codes.`,
		codeCount: errors.length,
		protocols: ordered,
	};
}
