// The sidebar override (src/components/overrides/Sidebar.astro, UPGRADING.md) is Starlight's own
// Sidebar.astro with the tree of links wrapped in <Remembered>. These read the installed Starlight:
// one fails when Starlight's sidebar is no longer what the override copies, one when Starlight keeps
// the rendered tree between pages itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
/** A component's markup, after its frontmatter, with the whitespace between tags gone. */
const markup = (source: string) => source.slice(source.indexOf('---', 3) + 3).replace(/>\s+</g, '><').trim();

const starlightSidebar = read('node_modules/@astrojs/starlight/dist/components/Sidebar.astro');
const override = read('src/components/overrides/Sidebar.astro');

describe('the sidebar override still copies Starlight’s sidebar', () => {
	it('has the same markup once the <Remembered> wrapper is taken away', () => {
		const unwrapped = markup(override).replace(/<Remembered memoKey=\{[^}]*\}\}?>/, '').replace('</Remembered>', '');
		expect(unwrapped, 'Starlight’s Sidebar.astro changed: bring the override in line (UPGRADING.md, section 9)').toBe(markup(starlightSidebar));
	});

	it('reads the same route data and components', () => {
		expect(starlightSidebar).toContain('const { sidebar } = Astro.locals.starlightRoute;');
		for (const name of ['MobileMenuFooter', 'SidebarPersister', 'SidebarSublist']) expect(override).toContain(`import ${name} from '@astrojs/starlight/components/${name}.astro';`);
	});
});

describe('the sidebar override is still needed', () => {
	it('Starlight renders the tree of links again on every page', () => {
		const sublist = read('node_modules/@astrojs/starlight/dist/components/SidebarSublist.astro');
		expect(sublist, 'SidebarSublist now keeps its markup between pages: drop the override (UPGRADING.md, section 9)').not.toMatch(/new Map\(|cache/i);
		expect(markup(starlightSidebar)).toContain('<SidebarSublist sublist={sidebar} />');
	});
});
