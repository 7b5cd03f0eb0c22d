/**
 * Builds the site search's index with Pagefind after the build, as Starlight does, but has Pagefind
 * read only the pages that can be results. Starlight hands Pagefind the whole output folder, and
 * Pagefind reads every HTML file in it before it leaves out the pages not marked for search
 * (`data-pagefind-body`): at 10,000 synthetic codes the 28,600 pair pages of the time cost it more
 * CPU than the 10,000 code pages it indexed. Pagefind's `glob` option names the files it reads, and
 * Starlight has no way to pass it one, so Starlight's own run is off (`pagefind: false`) and this one
 * stands in its place, with the same messages in the log (the bench times the phase by them).
 *
 * What Starlight's `pagefind` option also carried, the ranking the search UI passes to Pagefind,
 * src/lib/search-ranking.ts keeps. UPGRADING.md says how to check this on a Starlight upgrade.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/**
 * The pages Pagefind reads: every page at most two folders deep (the home page, a protocol's page, a
 * code's page, a concept's page, the guides), never the pair pages, four deep, which repeat two code
 * pages. The alias pages are moved in after the index, and the embeddable cards (`/embed/<protocol>/<slug>/`)
 * lie three folders deep, so it never sees them either (src/integrations/catalogue-files.ts).
 * test/build/search.test.ts checks that the index holds exactly the pages marked for search.
 */
export const searchIndexGlob = '{index.html,*/index.html,*/*/index.html,guides/**/index.html}';

function check<T extends { errors: string[] }>(response: T, step: string): T {
	if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${response.errors.join('\n')}`);
	return response;
}

/**
 * The search index of one build. Pagefind reads the pages as soon as every page its glob names is
 * on disk (startReading(), which the render workers call once the code pages and Astro's own pages are
 * written, while they still write the pair pages), and writes the index when the build is done.
 */
export class SearchIndexBuild {
	#reading: Promise<pagefind.PagefindIndex> | undefined;
	#started = 0;
	#logger: AstroIntegrationLogger | undefined;

	/** Starts reading the pages, once; every page the glob names must be written. */
	startReading(dir: URL): void {
		const logger = this.#logger;
		if (this.#reading || !logger) return;
		this.#started = performance.now();
		logger.info('Building search index with Pagefind...');
		this.#reading = (async () => {
			// Every page's searchable part is in its <main>: reading from there, Pagefind writes the same
			// index (measured at 10,000 codes, file for file) and reads the pages in 9.8 s instead of 13.3.
			const { index } = check(await pagefind.createIndex({ rootSelector: 'main' }), 'start');
			if (!index) throw new Error('Pagefind could not start');
			const { page_count: files } = check(await index.addDirectory({ path: fileURLToPath(dir), glob: searchIndexGlob }), 'read the pages');
			logger.info(`Found ${files} HTML files.`);
			return index;
		})();
		// Awaited when the build is done; a failure before then is reported there.
		this.#reading.catch(() => undefined);
	}

	integration(): AstroIntegration {
		return {
			name: 'atlas:search-index',
			hooks: {
				'astro:build:start': ({ logger }) => {
					this.#logger = logger;
				},
				'astro:build:done': async ({ dir, logger }) => {
					this.#logger ??= logger;
					try {
						this.startReading(dir);
						const index = await this.#reading!;
						check(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), 'write the index');
					} finally {
						await pagefind.close();
					}
					logger.info(`Finished building search index in ${((performance.now() - this.#started) / 1000).toFixed(2)}s.`);
				},
			},
		};
	}
}
