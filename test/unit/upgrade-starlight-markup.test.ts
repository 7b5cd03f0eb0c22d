// What the site still fixes in Starlight's markup and layout (UPGRADING.md): the search button's name,
// the print layout, the table of contents' first paint. These read the installed Starlight: for each fix,
// one test fails when it would stop working and one when Starlight no longer needs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const readStarlight = (path: string) => readFileSync(join(projectRoot, 'node_modules/@astrojs/starlight/dist', path), 'utf8');
const readOurs = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
const atlasCss = readOurs('src/styles/atlas.css');

/** The rule of `css` that declares `declaration`, from its selector on. */
function ruleDeclaring(css: string, declaration: string): string {
	const at = css.indexOf(declaration);
	expect(at, `atlas.css no longer declares ${declaration}`).toBeGreaterThan(-1);
	return css.slice(css.lastIndexOf('}', at) + 1, at);
}

describe('the search button’s accessible name (src/components/overrides/Search.astro)', () => {
	const starlightSearch = readStarlight('components/Search.astro');
	const openButton = starlightSearch.slice(starlightSearch.indexOf('<button\n\t\tdata-open-modal'), starlightSearch.indexOf('</button>'));

	it('still finds the button and the shortcut keys it names', () => {
		expect(openButton, 'Starlight’s search no longer opens from button[data-open-modal]').toContain('data-open-modal');
		expect(openButton, 'the shortcut is no longer <kbd> keys inside a <kbd>').toMatch(/<kbd[^>]*>\s*<kbd>[\s\S]*<\/kbd>\s*<kbd>K<\/kbd>\s*<\/kbd>/);
		expect(starlightSearch).toContain('<site-search');
		const ours = readOurs('src/components/overrides/Search.astro');
		expect(ours).toContain("'site-search button[data-open-modal]'");
		expect(ours).toContain("'kbd kbd'");
	});

	it('is still needed: Starlight names the button by its label alone, without the keys it shows', () => {
		expect(openButton, 'Starlight changed the button’s name: check that it now contains the visible “Ctrl K” and drop the fix').toContain(
			"aria-label={Astro.locals.t('search.label')}",
		);
	});
});

describe('print leaves out Starlight’s top bar and narrow table of contents (atlas.css)', () => {
	const printCss = readStarlight('style/print.css');
	const pageFrame = readStarlight('components/PageFrame.astro');
	const mobileToc = readStarlight('components/MobileTableOfContents.astro');

	it('still finds them: the top bar is a <header>, the narrow table of contents renders through the override', () => {
		expect(pageFrame, 'Starlight’s top bar is no longer a <header>').toMatch(/<header class="header">/);
		expect(readStarlight('components/PageSidebar.astro')).toContain("from 'virtual:starlight/components/MobileTableOfContents'");
		expect(readOurs('src/components/overrides/MobileTableOfContents.astro')).toContain('class="screen-only"');
		expect(ruleDeclaring(atlasCss, 'display: none !important')).toMatch(/\bheader,[\s\S]*\.screen-only,/);
	});

	it('is still needed: Starlight’s print styles leave both on the page', () => {
		expect(pageFrame, 'Starlight now hides its top bar in print: drop `header` from atlas.css').not.toMatch(/<header[^>]*print:hidden/);
		expect(printCss, 'Starlight now hides its top bar in print: drop `header` from atlas.css').not.toMatch(/header\s*\{[^}]*display:\s*none/);
		expect(mobileToc, 'Starlight now hides the narrow table of contents in print: remove the MobileTableOfContents override').not.toContain('print:hidden');
	});
});

describe('the table of contents keeps its place while a long page loads (atlas.css)', () => {
	const twoColumns = readStarlight('components/TwoColumnContent.astro');

	it('still finds the table of contents’ container by its class', () => {
		expect(twoColumns).toContain('<aside class="right-sidebar-container');
		expect(ruleDeclaring(atlasCss, 'margin-inline-start: auto')).toContain('.right-sidebar-container');
	});

	it('is still needed: Starlight still sends the table of contents before the main pane and reorders it', () => {
		expect(twoColumns.indexOf('right-sidebar-container'), 'Starlight now sends the main pane first: drop the rule').toBeLessThan(
			twoColumns.indexOf('class="main-pane"'),
		);
		expect(twoColumns, 'Starlight no longer moves the table of contents with `order`: drop the rule').toMatch(/\.right-sidebar-container\s*\{[^}]*order:\s*2/);
	});
});
