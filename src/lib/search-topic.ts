/**
 * A guide's topic, for site search: the words it is the answer to although code pages say them too. A
 * reader who types "json" or "api" wants the JSON API guide, not the M2M code whose name says JSON; the
 * guide's title has those words, but so do the codes' titles, and a code page weighs its code and name
 * heavily, so the title alone does not set the guide apart.
 *
 * A guide names its topic with `data-pagefind-meta="topic:…"` (content/guides/json-api.md). Pagefind
 * (its `ranking.metaWeights`, set in src/lib/search-ranking.ts) then adds to the page's score `topicWeight` times
 * the rarity of the query's words found in the topic (less when only some are), as it adds 5 times for
 * the title.
 * Only guides name a topic, so a code page's rank is unchanged. Pagefind's UI shows every other metadata
 * field under a result as a tag; the search dialog leaves this one out (src/scripts/pagefind-ui-on-demand.ts).
 */
export const topicMeta = 'topic';

/** The same weight as Pagefind gives a page's title: a topic counts as much as a title does. */
export const topicWeight = 5;

/** A search result as Pagefind's UI hands it to `processResult`: the part read here. */
export interface ResultData {
	meta?: Record<string, string | undefined>;
}

/** The result without its topic, which is for ranking, not for the reader. */
export function withoutTopic<R extends ResultData>(result: R): R {
	if (result.meta && topicMeta in result.meta) delete result.meta[topicMeta];
	return result;
}
