// The site builds the search index itself, with Starlight's own run off (UPGRADING.md). These read the
// installed Starlight: some fail when turning Starlight's run off would lose something, one when
// Starlight can be given what the site's run adds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { starlightRanking } from '../../src/lib/search-ranking';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const starlightDist = join(projectRoot, 'node_modules/@astrojs/starlight/dist/');
const readStarlight = (path: string) => readFileSync(join(starlightDist, path), 'utf8');

describe('with Starlight’s Pagefind run off, search still works as it did', () => {
	it('Starlight still renders the search button when its Search component is overridden', () => {
		const header = readStarlight('components/Header.astro');
		expect(header, 'Starlight no longer renders an overridden Search without its pagefind option: the search button is gone').toMatch(
			/config\.pagefind\s*\|\|\s*config\.components\.Search\s*!==/,
		);
	});

	it('Starlight still marks each page’s content for Pagefind whatever its pagefind option', () => {
		const page = readStarlight('components/Page.astro');
		const marking = page.slice(page.indexOf('const pagefindEnabled'), page.indexOf("mainDataAttributes['data-pagefind-body']"));
		expect(marking, 'Page.astro no longer marks pages with data-pagefind-body').toContain('starlightRoute.entry.data.pagefind !== false');
		expect(marking, 'Page.astro marks pages for Pagefind only when its option is on: the index would hold every page whole').not.toMatch(/config\.pagefind/);
	});

	it('the UI ranks results as Starlight’s defaults did', async () => {
		const { PagefindConfigDefaults } = (await import(join(starlightDist, 'schemas/pagefind.js'))) as { PagefindConfigDefaults: () => { ranking: Record<string, number> } };
		expect(starlightRanking, 'Starlight’s default ranking changed: decide whether src/lib/search-ranking.ts follows').toEqual(PagefindConfigDefaults().ranking);
	});
});

describe('the site’s own run is still needed', () => {
	it('Starlight still gives Pagefind the whole output folder, with no way to name the files it reads', () => {
		const run = readStarlight('integrations/pagefind.js');
		expect(run, 'Starlight no longer runs Pagefind the same way: check whether it can now leave files unread').toContain('addDirectory({ path: fileURLToPath(dir) })');
		const options = readStarlight('schemas/pagefind.js');
		expect(options, 'Starlight’s pagefind option now takes a glob: give it searchIndexGlob and drop SearchIndexBuild (UPGRADING.md)').not.toMatch(/glob/i);
	});
});
