/** The real catalogue, loaded and checked the way the build loads it, and its resolver index. */
import { contentRoot, loadCatalogue } from '../../src/lib/read-content';
import { refOf } from '../../src/lib/catalogue';
import { catalogueResolverIndex } from '../../src/lib/resolver-data';
import type { CodeRef } from '../../src/lib/spellings';
import { projectRoot } from './dist';

export const catalogue = loadCatalogue(contentRoot(projectRoot, {}), projectRoot);

export const catalogueEntries = catalogue.entries.map(({ file, data }) => ({ protocol: file.protocol ?? '', slug: file.stem, data }));

export const refs: CodeRef[] = catalogueEntries.map(refOf);

export const index = catalogueResolverIndex(
	[...catalogue.protocols].map(([id, data]) => ({ id, data })),
	catalogueEntries,
	catalogue.printed,
);
