/** Turns the checked catalogue into the references that spellings, permalinks and the resolver use. */
import type { CheckedCorpus } from './corpus';
import type { CodeRef } from './spellings';
import { protocolSpellings } from './spellings';
import { isPathSafe } from './spellings';

export function refsOf(catalogue: CheckedCorpus): CodeRef[] {
	return catalogue.entries.map(({ file, data }) => ({
		protocol: file.protocol ?? '',
		code: data.code,
		name: data.name,
		slug: file.stem,
		kind: data.kind,
		signature: data.signature,
		parent: data.parent,
	}));
}

/** Each protocol with the URL spellings of its id (`openstream`, `open_stream`, `STT`…) that may lead to it. */
export function protocolsOf(catalogue: CheckedCorpus): { id: string; name: string; aliases: string[] }[] {
	return [...catalogue.protocols]
		.sort(([, a], [, b]) => a.order - b.order)
		.map(([id, protocol]) => ({
			id,
			name: protocol.name,
			aliases: protocolSpellings(id, protocol.name).filter((spelling) => isPathSafe(spelling) && spelling === spelling.toLowerCase()),
		}));
}
