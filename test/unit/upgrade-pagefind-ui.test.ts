// Starlight's search gets our stand-in for Pagefind's UI instead of the package (UPGRADING.md). These read
// the installed Starlight and Pagefind: some fail when the hand-over would silently stop, one when
// Starlight makes it unnecessary.
import { readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isStarlightSearchImport, pagefindUiPackage } from '../../src/integrations/pagefind-ui-on-demand';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const starlightSearchPath = join(projectRoot, 'node_modules/@astrojs/starlight/dist/components/Search.astro');
const starlightSearch = readFileSync(starlightSearchPath, 'utf8');
const searchScript = starlightSearch.slice(starlightSearch.indexOf("import { pagefindUserConfig }"));
const standInSource = readFileSync(join(projectRoot, 'src/scripts/pagefind-ui-on-demand.ts'), 'utf8');

/** Where `specifier` resolves to from a file in `directory`, links followed. */
const resolvedFrom = (directory: string, specifier: string) =>
	realpathSync(createRequire(join(directory, 'noop.js')).resolve(specifier, { paths: [directory] }));

describe('Starlight’s search still gets the stand-in', () => {
	it('Starlight’s search script imports the package by the name the plugin redirects', () => {
		expect(searchScript, 'Starlight no longer imports @pagefind/default-ui: the stand-in is never used').toContain(
			`await import('${pagefindUiPackage}')`,
		);
	});

	it('the plugin matches the script Astro compiles from the installed Search.astro, and nothing else', () => {
		const scriptModule = `${realpathSync(starlightSearchPath)}?astro&type=script&index=0&lang.ts`;
		expect(isStarlightSearchImport(pagefindUiPackage, scriptModule)).toBe(true);
		expect(isStarlightSearchImport(pagefindUiPackage, join(projectRoot, 'src/scripts/pagefind-ui-on-demand.ts'))).toBe(false);
		expect(isStarlightSearchImport(`${pagefindUiPackage}/css/ui.css`, scriptModule)).toBe(false);
	});

	it('Starlight still renders what the stand-in waits on: the dialog, its open button and the search element', () => {
		for (const part of ['<site-search', 'data-open-modal', '<dialog', 'id="starlight__search"', "element: '#starlight__search'"]) {
			expect(starlightSearch, `Starlight's Search.astro no longer has ${part}: the stand-in builds the UI at once`).toContain(part);
		}
		for (const selector of ["closest('dialog')", "closest('site-search')", "querySelector('button[data-open-modal]')"]) {
			expect(standInSource).toContain(selector);
		}
	});

	it('the stand-in imports the same single copy of Pagefind’s UI as Starlight, declared by the project', () => {
		const declared = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
		expect(declared.dependencies[pagefindUiPackage], 'package.json does not declare the package the stand-in imports').toBeDefined();
		expect(standInSource).toContain(`import('${pagefindUiPackage}')`);
		const ours = resolvedFrom(projectRoot, pagefindUiPackage);
		expect(resolvedFrom(dirname(starlightSearchPath), pagefindUiPackage), 'two copies of Pagefind’s UI: Starlight styles one, we load the other').toBe(ours);
		const ui = readFileSync(ours, 'utf8');
		expect(ui, 'Pagefind’s UI no longer takes processTerm').toContain('opts.processTerm');
		expect(ui, 'Pagefind’s UI no longer takes processResult: a guide’s search topic may show as a tag').toContain('opts.processResult');
	});
});

describe('the stand-in is still needed', () => {
	it('Starlight still loads Pagefind’s UI on every page once it is idle', () => {
		const onLoad = searchScript.slice(searchScript.indexOf("'DOMContentLoaded'"), searchScript.indexOf(`import('${pagefindUiPackage}')`));
		expect(onLoad, 'Starlight no longer loads the UI on page load: check whether it now waits for the reader, and drop our waiting if so').toMatch(
			/requestIdleCallback[\s\S]*onIdle\(/,
		);
	});

	it('Starlight’s pagefind option still cannot carry a processTerm function', () => {
		const virtualModules = readFileSync(join(projectRoot, 'node_modules/@astrojs/starlight/dist/integrations/vite-virtual-modules.js'), 'utf8');
		expect(virtualModules, 'Starlight now hands its pagefind option to the browser some other way: it may carry processTerm now').toContain(
			'"virtual:starlight/pagefind-config": `export const pagefindUserConfig = ${JSON.stringify(',
		);
		expect(searchScript, 'Starlight now passes a processTerm of its own: check whether it can take ours').not.toContain('processTerm');
	});
});
