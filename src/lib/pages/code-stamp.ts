/**
 * Code pages put together from a frame. Half of a code page's render time was Starlight's page around
 * the body: the head, header, sidebar, tables of contents and footer, the same markup on every code page
 * but for a few values (titles, description, address, the table of contents' items). So a render worker
 * (src/integrations/render-worker.mjs) asks the route for a page in two cheaper passes
 * (src/lib/pages/frame-pass.ts): once per worker, the frame, Starlight's page with a hole in place of
 * each value and of the body; then, for every code, the body alone, after the page's values. This
 * file cuts the frame at its holes and fills each code's values and body into it.
 *
 * It refuses rather than guesses. A frame is kept only when filling in the very page it was learnt
 * from gives that page back byte for byte, as Astro rendered it whole; a page whose title, description,
 * address or headings hold a character that HTML escapes is left to Astro, whose escaping is then the
 * only one in play. test/build/incremental.test.ts compares a build made this way with builds Astro
 * rendered alone, page by page.
 */
import { titleName } from '../inline';
import { fillFrame, hole, holePattern, plain, readBodyPass, type Frame } from './frame-pass';
import type { Heading } from './headings';

/** The code pages' route, as Astro names its component. */
export const codeRouteComponent = 'src/pages/[protocol]/[code].astro';

/** The headings the code page's table of contents lists (the route hands the same levels to Starlight). */
export const codeTocLevels = { minHeadingLevel: 2, maxHeadingLevel: 2 } as const;

/** What a code page shows in Starlight's frame around its body. */
export interface CodeFrameValues {
	/** Open Graph's title. */
	title: string;
	/** The <title>. */
	documentTitle: string;
	description: string;
	/** Starlight's canonical link and og:url, which it makes from the page's address. */
	canonicalUrl: string;
	/** The h1: the code and its name (src/components/overrides/PageTitle.astro). */
	code: string;
	name: string;
	/** The page's headings, which Starlight's tables of contents list. */
	headings: Heading[];
}

/** The values the frame pass renders the page with: a hole for each, and one heading made of holes. */
export const codeFrameHoles = {
	title: hole('title'),
	documentTitle: hole('documentTitle'),
	description: hole('description'),
	code: hole('code'),
	name: hole('name'),
	headings: [{ depth: 2, slug: hole('tocSlug'), text: hole('tocText') }],
	body: hole('body'),
} as const;

type Gap = 'title' | 'documentTitle' | 'description' | 'canonical' | 'code' | 'name' | 'toc' | 'body';
const gapNames = new Set<string>(['title', 'documentTitle', 'description', 'canonical', 'code', 'name', 'toc', 'body'] satisfies Gap[]);

/** Starlight's page without the values of one code. */
export interface CodeFrame extends Frame<Gap> {
	/** One item of the tables of contents, around its slug and its text. */
	tocItem: [before: string, between: string, after: string];
}

/**
 * The frame, from three renders of one code page: whole, in the frame pass and in the body pass.
 * Undefined when the frame pass's page is not cut cleanly at its holes, or when filling the page's own
 * values and body back in does not give the whole page byte for byte.
 */
export function codeFrame(page: string, framePass: string, body: string): CodeFrame | undefined {
	const read = readBodyPass<CodeFrameValues>(body);
	if (!read) return undefined;
	// The one table-of-contents item of holes, as each of Starlight's lists (the mobile one too) shows it.
	const slug = hole('tocSlug');
	const text = hole('tocText');
	const at = framePass.indexOf(slug);
	const start = framePass.lastIndexOf('<li', at);
	const end = framePass.indexOf('</li>', at);
	if (at < 0 || start < 0 || end < 0) return undefined;
	const item = framePass.slice(start, end + '</li>'.length);
	const [before, rest, ...moreSlugs] = item.split(slug);
	const [between, after, ...moreTexts] = (rest ?? '').split(text);
	if (before === undefined || after === undefined || moreSlugs.length > 0 || moreTexts.length > 0) return undefined;
	const cut = framePass.split(item).join(hole('toc')).split(read.values.canonicalUrl).join(hole('canonical'));
	const parts: string[] = [];
	const gaps: Gap[] = [];
	let from = 0;
	for (const match of cut.matchAll(holePattern)) {
		if (!gapNames.has(match[1]!)) return undefined;
		parts.push(cut.slice(from, match.index));
		gaps.push(match[1] as Gap);
		from = match.index + match[0].length;
	}
	parts.push(cut.slice(from));
	if (gaps.filter((gap) => gap === 'body').length !== 1) return undefined;
	// Nothing of the page's own is left in the frame: its address would be there on every other code's page.
	const { pathname } = new URL(read.values.canonicalUrl);
	if (parts.some((part) => part.includes(pathname))) return undefined;
	const frame: CodeFrame = { parts, gaps, tocItem: [before, between!, after] };
	return stampCode(frame, body) === page ? frame : undefined;
}

/** A code's page from the frame and the route's body pass; undefined when Astro is to render it whole. */
export function stampCode(frame: CodeFrame, body: string): string | undefined {
	const read = readBodyPass<CodeFrameValues>(body);
	if (!read) return undefined;
	const { values } = read;
	const listed = values.headings.filter(({ depth }) => depth >= codeTocLevels.minHeadingLevel && depth <= codeTocLevels.maxHeadingLevel);
	const texts = [values.title, values.documentTitle, values.description, values.canonicalUrl, ...listed.flatMap(({ slug, text }) => [slug, text])];
	if (!texts.every(plain)) return undefined;
	const [before, between, after] = frame.tocItem;
	const filled: Record<Gap, string> = {
		title: values.title,
		documentTitle: values.documentTitle,
		description: values.description,
		canonical: values.canonicalUrl,
		code: titleName(values.code),
		name: titleName(values.name),
		toc: listed.map(({ slug, text }) => `${before}${slug}${between}${text}${after}`).join(''),
		body: read.body,
	};
	return fillFrame(frame, filled);
}
