import { topicMeta, topicWeight } from './search-topic';

/**
 * Starlight's default ranking, which its `pagefind` option handed to the UI until the site built its
 * index itself (src/integrations/search-index.ts) and turned that option off.
 * test/unit/upgrade-search-index.test.ts fails when Starlight's defaults move away from them.
 */
export const starlightRanking = {
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
	diacriticSimilarity: 0.8,
} as const;

/**
 * How the search UI ranks Pagefind's results: Starlight's defaults, and a guide's topic weighed as much
 * as a title (src/lib/search-topic.ts). The UI stand-in (src/scripts/pagefind-ui-on-demand.ts) passes it on.
 */
export const searchRanking = { ...starlightRanking, metaWeights: { [topicMeta]: topicWeight } };
