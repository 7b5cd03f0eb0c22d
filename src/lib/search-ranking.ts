/**
 * How the search UI ranks Pagefind's results: Starlight's defaults, which its `pagefind` option handed
 * to the UI until the site built its index itself (src/integrations/search-index.ts) and turned that
 * option off. The UI stand-in (src/scripts/pagefind-ui-on-demand.ts) passes them on;
 * test/unit/upgrade-search-index.test.ts fails when Starlight's defaults move away from them.
 */
export const searchRanking = {
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
	diacriticSimilarity: 0.8,
} as const;
