/**
 * A heading of a code page with a link to itself beside it, so a reader can copy the address of "Causes",
 * of one scenario or of a heading in the entry's own Markdown. Two places write it, in the same markup:
 * src/components/SectionHeading.astro for the headings the page's components write, and
 * src/integrations/entry-heading-links.ts for the headings of an entry's Markdown body.
 *
 *   <div class="section-heading"><h2 id="causes">Causes</h2><a class="section-link" href="#causes"
 *   data-pagefind-ignore><span aria-hidden="true">#</span><span class="sr-only">Link to the section
 *   “Causes”</span></a></div>
 *
 * The link sits beside the heading, not inside it, so the heading's name stays its text.
 */

/** The link's accessible name: where it goes. */
export function sectionLinkLabel(text: string): string {
	return `Link to the section “${text}”`;
}

/** Lower-case words joined by hyphens: `m2m-protocol 0.4.0 (observed)` → `m2m-protocol-0-4-0-observed`. */
function slugOf(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * Ids for headings a section repeats, one per item (a scenario, an implementation): the prefix and the
 * item's words, so the address says what it points at and stays while the item keeps its title. Items
 * with the same words get `-2`, `-3`; an item with no letters or figures gets its position.
 */
export function itemHeadingIds(prefix: string, texts: readonly string[]): string[] {
	const taken = new Set<string>();
	return texts.map((text, index) => {
		const base = `${prefix}-${slugOf(text) || String(index + 1)}`;
		let id = base;
		for (let count = 2; taken.has(id); count++) id = `${base}-${count}`;
		taken.add(id);
		return id;
	});
}
