/** The real catalogue, read and checked the way the build reads it, and its resolver index. */
import { checkCorpus } from '../../src/lib/corpus';
import { contentRoot, readContent } from '../../src/lib/read-content';
import { buildIndex } from '../../src/lib/resolve';
import type { CodeRef } from '../../src/lib/spellings';
import { projectRoot } from './dist';

const read = readContent(contentRoot(projectRoot, {}), projectRoot);
export const catalogue = checkCorpus(read.protocols, read.entries, read.concepts);

export const refs: CodeRef[] = catalogue.entries.map(({ file, data }) => ({
	protocol: file.protocol ?? '',
	code: data.code,
	name: data.name,
	slug: file.stem,
	kind: data.kind,
	signature: data.signature,
	parent: data.parent,
}));

export const index = buildIndex(
	[...catalogue.protocols].map(([id, protocol]) => ({ id, name: protocol.name })),
	refs,
);
