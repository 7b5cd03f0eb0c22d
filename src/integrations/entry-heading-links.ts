/**
 * Gives the headings of an entry's own Markdown body (content/errors/**.md) the link to itself that the
 * page's other headings have (src/lib/section-heading.ts), in the same markup: `## Example` becomes
 *
 *   <div class="section-heading"><h2 id="example">Example</h2><a class="section-link" href="#example" …>…</a></div>
 *
 * A plugin of Sätteri, Astro's Markdown processor, set in astro.config.mjs. Starlight's own heading links
 * cover only its `docs` collection, in another markup; these keep one look on a code page. The ids are
 * the ones Astro gives a heading, made first by Astro's own heading-id step, so the table of contents and
 * every link to a heading keep working.
 */
import { pathToFileURL } from 'node:url';
import { satteriHeadingIdsPlugin, type SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { sectionLinkLabel } from '../lib/section-heading';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

const sectionLinks: HastPluginEntry = {
	name: 'atlas-section-links',
	element: {
		filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
		visit(node, ctx) {
			const id = node.properties?.['id'];
			if (typeof id !== 'string' || id === '') return;
			ctx.wrapNode(node, {
				type: 'element',
				tagName: 'div',
				properties: { class: 'section-heading' },
				children: [
					{
						type: 'element',
						tagName: 'a',
						properties: { class: 'section-link', href: `#${id}`, 'data-pagefind-ignore': true },
						children: [
							{ type: 'element', tagName: 'span', properties: { 'aria-hidden': 'true' }, children: [{ type: 'text', value: '#' }] },
							{ type: 'element', tagName: 'span', properties: { class: 'sr-only' }, children: [{ type: 'text', value: sectionLinkLabel(ctx.textContent(node)) }] },
						],
					},
				],
			});
		},
	},
};

/** The plugin, for the Markdown files under `errorsDir` (the errors collection) and no others. */
export function entryHeadingLinks(errorsDir: string): HastPluginEntry {
	const under = pathToFileURL(errorsDir.endsWith('/') ? errorsDir : `${errorsDir}/`).href;
	return ({ fileURL }) => (fileURL?.href.startsWith(under) ? [satteriHeadingIdsPlugin(), sectionLinks] : undefined);
}
