/**
 * A Vite plugin that hands Starlight's search component our stand-in for Pagefind's UI
 * (src/scripts/pagefind-ui-on-demand.ts), which loads the UI when the reader reaches for search and
 * reads pasted output. Starlight offers no option for either: its search script imports
 * `@pagefind/default-ui` itself and builds the UI once any page is idle.
 *
 * Only Starlight's search component is redirected, so the stand-in imports the package's own entry.
 * UPGRADING.md says how to check this on a Starlight upgrade; test/unit/upgrade-pagefind-ui.test.ts
 * fails when the redirect stops matching and when Starlight no longer needs it.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const pagefindUiPackage = '@pagefind/default-ui';
/** Starlight's search component, and the script modules Astro compiles from it (`Search.astro?astro&type=script…`). */
const starlightSearch = /[\\/]@astrojs[\\/]starlight[\\/]dist[\\/]components[\\/]Search\.astro(?:\?|$)/;
export const standIn = fileURLToPath(new URL('../scripts/pagefind-ui-on-demand.ts', import.meta.url));

/** Whether `source`, imported from `importer`, is Starlight's search asking for Pagefind's UI. */
export function isStarlightSearchImport(source: string, importer: string | undefined): boolean {
	return source === pagefindUiPackage && importer !== undefined && starlightSearch.test(importer);
}

export function pagefindUiOnDemand(): Plugin {
	return {
		name: 'atlas:pagefind-ui-on-demand',
		enforce: 'pre',
		resolveId(source, importer) {
			return isStarlightSearchImport(source, importer) ? standIn : null;
		},
	};
}
