// @ts-check
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { inBackground } from './src/integrations/background.ts';
import { loadCheckedCatalogue, sidebarFor } from './src/integrations/catalogue.ts';
import { catalogueFiles } from './src/integrations/catalogue-files.ts';
import { jsonApi } from './src/integrations/json-api.ts';
import { highlightThreadFromEnv, OffloadedHighlight } from './src/integrations/offloaded-highlight.ts';
import { entryHeadingLinks } from './src/integrations/entry-heading-links.ts';
import { aliasPagesFromEnv, permalinkLedger } from './src/integrations/permalinks.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { redirectScript } from './src/lib/permalinks.ts';
import { parallelRender, renderWorkersFromEnv, ScriptsRead, WrittenPages } from './src/integrations/parallel-render.ts';
import { pairCatalogueOf } from './src/lib/pages/pair-stamp.ts';
import { pagefindUiOnDemand } from './src/integrations/pagefind-ui-on-demand.ts';
import { SearchIndexBuild } from './src/integrations/search-index.ts';
import { starlightPageSchemaOnce } from './src/integrations/starlight-page-schema.ts';
import { placeholderOrigin, siteOrigin } from './src/integrations/site-origin.ts';
import { contentRoot } from './src/lib/read-content.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const highlightThread = highlightThreadFromEnv(process.env.ATLAS_HIGHLIGHT_THREAD);
const highlight = new OffloadedHighlight();
// Fails here, before any page is built, when an entry is malformed.
const catalogue = loadCheckedCatalogue(projectRoot);

// The files that come from the catalogue alone (the JSON API under /api/v1/, Markdown twins, llms.txt,
// embeddable cards, the resolver's index, alias pages, _redirects) are written by a worker while Astro syncs its content,
// and moved into the site after the build: alias pages only once the search index is built, as they
// stand where Pagefind's glob reads (src/integrations/catalogue-files.ts). ATLAS_ALIAS_PAGES=off leaves
// aliases to `_redirects` and the 404 resolver (fewer files; README).
const files = catalogueFiles(catalogue, { aliasPages: aliasPagesFromEnv(process.env.ATLAS_ALIAS_PAGES) });
// Hashes the inline scripts of every page Astro wrote for `_headers`, allowing the alias pages' script,
// which is written later (test/build/quality.test.ts checks every page against it). The render workers
// read the scripts of the pages they render as they render them; the other pages are read back. It
// writes no HTML, so it runs while Pagefind builds the search index (SearchIndexBuild).
const scriptsRead = new ScriptsRead();
const headers = inBackground(securityHeaders({ scriptsWrittenLater: [redirectScript], scriptsRead }));
// The render workers write the code and pair pages themselves, and Astro never lists them: the sitemap
// gets them from here.
const written = new WrittenPages();
// Pagefind starts reading the pages once the render workers have written the code pages, while they
// write the pair pages, which it never reads.
const search = new SearchIndexBuild();

export default defineConfig({
	site: process.env.ATLAS_SITE_URL || placeholderOrigin,
	// Synthetic catalogues (npm run bench) build with their own cache, so they never mix with the real one.
	...(process.env.ATLAS_CACHE_DIR ? { cacheDir: process.env.ATLAS_CACHE_DIR } : {}),
	// 'ignore', not 'always': Starlight would add a slash after a sidebar link's #fragment.
	trailingSlash: 'ignore',
	markdown: {
		// Astro's default processor, with a link beside each heading of an entry's Markdown body like the
		// other headings of a code page have (src/integrations/entry-heading-links.ts). Its code blocks are
		// highlighted by Astro's own plugin on a thread of its own, not on Astro's (ATLAS_HIGHLIGHT_THREAD;
		// src/integrations/offloaded-highlight.ts).
		...(highlightThread ? { syntaxHighlight: false } : {}),
		processor: satteri({ hastPlugins: [...(highlightThread ? [highlight.plugin] : []), entryHeadingLinks(join(contentRoot(projectRoot), 'errors'))] }),
		// High-contrast themes for light and dark, switched by Starlight's theme in atlas.css:
		// the default theme's comments fall below WCAG AA contrast.
		shikiConfig: {
			themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
			defaultColor: false,
		},
	},
	vite: {
		// Workarounds for what Starlight offers no option for; UPGRADING.md says how to check and remove each.
		// Starlight's search button loads Pagefind's UI on every page once idle; pagefindUiOnDemand() gives
		// it a stand-in that loads the UI when the reader reaches for search.
		plugins: [starlightPageSchemaOnce(), pagefindUiOnDemand()],
	},
	experimental: {
		// Opt-in with ATLAS_INCREMENTAL=on. Code pages carry a cacheKey (src/pages/[protocol]/[code].astro),
		// and test/build/incremental.test.ts checks that a rebuild after an edit writes the same site as a
		// clean build: it is sound. It is off by default because a deployment from a fresh clone is always a
		// cold build, and with it on the pages render on Astro's thread alone, without the render workers:
		// at 10,000 codes a cold build took 147 s instead of 83 s (BENCHMARKS.md, "The incremental build").
		incrementalBuild: process.env.ATLAS_INCREMENTAL === 'on',
	},
	integrations: [
		// Hands the highlight thread Astro's resolved Shiki settings.
		highlight.integration(),
		// A production build without ATLAS_SITE_URL publishes the placeholder origin: it says so.
		siteOrigin(process.env.ATLAS_SITE_URL),
		// Pages render in worker threads, one per core (ATLAS_RENDER_WORKERS; README, "Build switches"). The
		// workers put the pair pages together from one pair page's frame and each pair's body
		// (src/lib/pages/pair-stamp.ts), so they get the catalogue the pairs are made from, and the code
		// pages from one code page's frame and each code's body (src/lib/pages/code-stamp.ts). They write those
		// two kinds of page to disk themselves, and hand Astro the others.
		parallelRender(renderWorkersFromEnv(process.env.ATLAS_RENDER_WORKERS), {
			pairs: pairCatalogueOf(catalogue),
			codeFrames: true,
			scriptsRead,
			written,
			searchablePagesWritten: (outDir) => search.startReading(outDir),
		}),
		files.withPages,
		headers.start,
		// Serves the JSON API and the resolver's index from the live content under `astro dev`.
		jsonApi(() => loadCheckedCatalogue(projectRoot)),
		// Starlight's own sitemap, which it leaves out when the project has one, and the pages the render
		// workers wrote, which Astro does not list.
		sitemap({ customPages: written.urls }),
		starlight({
			title: 'Protocol Error Atlas',
			description: 'Error codes of STT, DTP, TWAMP, Open Stream and M2M Protocol: what each means and what to do about it.',
			sidebar: sidebarFor(catalogue, projectRoot),
			customCss: ['./src/styles/atlas.css'],
			head: [
				{
					tag: 'link',
					attrs: { rel: 'search', type: 'application/opensearchdescription+xml', title: 'Protocol Error Atlas', href: '/opensearch.xml' },
				},
				// Without JavaScript Starlight cannot follow the system's light or dark setting, nor search: this
				// follows the system, and hides the search button for a link to /codes/ (src/lib/no-script-theme.ts).
				{ tag: 'noscript', content: '<link rel="stylesheet" href="/no-script.css">' },
			],
			components: {
				Footer: './src/components/overrides/Footer.astro',
				MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				Sidebar: './src/components/overrides/Sidebar.astro',
				Search: './src/components/overrides/Search.astro',
			},
			lastUpdated: false,
			// Plain Shiki code blocks: Expressive Code nests <div>s inside <code>, which is invalid HTML,
			// and its frames, copy buttons and styles weigh on every page for little use here.
			expressiveCode: false,
			pagination: false,
			// The site's own 404 page (src/pages/404.astro) replaces Starlight's.
			disable404Route: true,
			// search.integration() below builds the index instead, reading only the pages that can be results
			// (not the pair pages); the search button stays, as Starlight renders an overridden Search.
			pagefind: false,
		}),
		search.integration(),
		headers.finish,
		files.afterIndex,
		permalinkLedger(catalogue),
	],
});
