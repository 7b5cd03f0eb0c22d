// The build rewrites Starlight's <StarlightPage> so that it builds its frontmatter schema once (UPGRADING.md).
// These read the installed Starlight: one test fails when the rewrite would miss, one when it is no longer needed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cacheFrontmatterSchema, isStarlightPageModule } from '../../src/integrations/starlight-page-schema';

const starlightDist = fileURLToPath(new URL('../../node_modules/@astrojs/starlight/dist/', import.meta.url));
const readStarlight = (path: string) => readFileSync(join(starlightDist, path), 'utf8');

/** The body of a top-level function of `code`, up to the closing brace at the start of a line. */
function functionBody(code: string, name: string): string {
	const start = code.indexOf(`function ${name}(`);
	expect(start, `Starlight no longer has a function ${name}`).toBeGreaterThan(-1);
	return code.slice(start, code.indexOf('\n}\n', start));
}

describe('the <StarlightPage> schema rewrite still applies', () => {
	it('rewrites the very module <StarlightPage> imports', () => {
		const component = readStarlight('components/StarlightPage.astro');
		const imported = /import\s*\{[^}]*generateStarlightPageRouteData[^}]*\}\s*from\s*'([^']+)'/.exec(component)?.[1];
		expect(imported, '<StarlightPage> no longer imports generateStarlightPageRouteData').toBeDefined();
		const modulePath = join(starlightDist, 'components', `${imported}.js`);
		expect(isStarlightPageModule(modulePath), `${modulePath} is not the module the plugin rewrites`).toBe(true);
		expect(() => cacheFrontmatterSchema(readFileSync(modulePath, 'utf8'), modulePath)).not.toThrow();
	});
});

describe('the <StarlightPage> schema rewrite is still needed', () => {
	it('Starlight still builds the schema again for every page', () => {
		const code = readStarlight('utils/starlight-page.js');
		const perPage = functionBody(code, 'getStarlightPageFrontmatter');
		expect(perPage, 'Starlight no longer builds the schema inside getStarlightPageFrontmatter: it may cache it now; remove the plugin if so').toMatch(
			/await StarlightPageFrontmatterSchema\(/,
		);
		expect(code, 'Starlight now keeps the schema between pages: remove the plugin (UPGRADING.md)').not.toMatch(/\?\?=\s*StarlightPageFrontmatterSchema|=\s*new (?:Weak)?Map\(/);
		expect(functionBody(code, 'generateStarlightPageRouteData'), 'every <StarlightPage> render no longer validates its frontmatter').toContain(
			'getStarlightPageFrontmatter(',
		);
	});
});
