/**
 * Pair pages put together from a frame. Every pair page is Starlight's page around the pair's body
 * (pair-body.ts), and apart from that body only its title, description and address differ from one
 * pair to the next: the rest (head, header, sidebar, footer, scripts) is the same markup each time.
 * At 10,000 codes there are 9,400 pair pages, and Astro's and Starlight's machinery for each took 4 ms
 * of a render worker's time. So a render worker renders one pair page with Astro, cuts it into its
 * frame here, and puts the other pairs' pages together from that frame (src/integrations/render-worker.mjs).
 *
 * It refuses rather than guesses: a page whose parts are not each found exactly where and as often as
 * expected gives no frame, and a pair whose title, description or address holds a character that HTML
 * escapes gives no page; Astro renders those. test/build/incremental.test.ts compares a build made this
 * way with a build Astro rendered alone, page by page.
 */
import type { CheckedCorpus } from '../corpus';
import type { ConceptItem, ErrorItem, ProtocolItem } from './collections';
import { fillFrame, plain, type Frame } from './frame-pass';
import { pairBodyHtml } from './pair-body';
import { pairPages, type PairPage } from './pair-page';

/** The pair pages' route, as Astro names its component. */
export const pairRouteComponent = 'src/pages/compare/[p1]/[s1]/[p2]/[s2].astro';

/** What differs between two pair pages besides the body. */
export interface PairValues {
	title: string;
	description: string;
	canonical: string;
}

export function pairValues(page: PairPage, site: string): PairValues {
	return { title: page.title, description: page.description, canonical: new URL(page.canonicalPath, site).href };
}

/** How often Starlight's page shows each value: <title>, og:title and the h1; og:description and the description; the canonical link and og:url. */
const expected: Record<keyof PairValues, number> = { title: 3, description: 2, canonical: 2 };

/** A rendered pair page without its own values. */
export type PairFrame = Frame<keyof PairValues | 'body'>;

/**
 * Cuts a page Astro rendered into the frame, given the pair it was rendered for. Undefined when the
 * page does not hold the pair's body exactly once and each value exactly as often as expected, or when
 * putting the same pair back into the frame would not give the page back byte for byte.
 */
export function pairFrame(html: string, page: PairPage, site: string): PairFrame | undefined {
	const values = pairValues(page, site);
	if (!Object.values(values).every(plain)) return undefined;
	const body = pairBodyHtml(page);
	const [before, after, ...more] = html.split(body);
	if (before === undefined || after === undefined || more.length > 0) return undefined;
	// The longest value first, so that a value inside another is never cut out of it.
	const keys = (Object.keys(expected) as (keyof PairValues)[]).sort((a, b) => values[b].length - values[a].length);
	let pieces: { text: string; gap?: PairFrame['gaps'][number] }[] = [{ text: before, gap: 'body' }, { text: after }];
	for (const key of keys) {
		let found = 0;
		pieces = pieces.flatMap(({ text, gap }) => {
			const split = text.split(values[key]);
			found += split.length - 1;
			return split.map((part, at) => (at < split.length - 1 ? { text: part, gap: key } : { text: part, ...(gap ? { gap } : {}) }));
		});
		if (found !== expected[key]) return undefined;
	}
	const frame: PairFrame = { parts: pieces.map((piece) => piece.text), gaps: pieces.slice(0, -1).map((piece) => piece.gap!) };
	return stampPair(frame, page, site) === html ? frame : undefined;
}

/** The page of a pair in the frame; undefined when one of its values holds a character HTML escapes. */
export function stampPair(frame: PairFrame, page: PairPage, site: string): string | undefined {
	const values = pairValues(page, site);
	if (!Object.values(values).every(plain)) return undefined;
	return fillFrame(frame, { ...values, body: pairBodyHtml(page) });
}

/** The catalogue as the pair pages' model reads it, small enough to hand to a worker. */
export interface PairCatalogue {
	protocols: ProtocolItem[];
	concepts: ConceptItem[];
	errors: ErrorItem[];
}

export function pairCatalogueOf(catalogue: CheckedCorpus): PairCatalogue {
	return {
		protocols: [...catalogue.protocols].map(([id, data]) => ({ id, data })),
		concepts: [...catalogue.concepts].map(([id, data]) => ({ id, data })),
		errors: catalogue.entries.map(({ file, data }) => ({ id: `${file.protocol ?? ''}/${file.stem}`, data })),
	};
}

/** Every pair page by its address (`/compare/stt/0x0105/dtp/7001/`). */
export function pairPagesByPath(catalogue: PairCatalogue): Map<string, PairPage> {
	return new Map(pairPages(catalogue.protocols, catalogue.concepts, catalogue.errors).map((page) => [page.path, page]));
}
