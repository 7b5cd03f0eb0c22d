/**
 * A Vite plugin that makes Starlight's `<StarlightPage>` build its frontmatter schema once per build
 * instead of once per page. Every code page is a `<StarlightPage>`, and building the Zod schema of
 * Starlight's docs frontmatter costs about 1.3 ms a page: 13 s of a 10,000-code build, for a value
 * that never changes (the schema depends only on the docs collection's config).
 *
 * It rewrites one statement of `@astrojs/starlight/dist/utils/starlight-page.js`: Starlight offers no
 * option for this, and route data middleware runs only after the schema is built. If a Starlight
 * release changes that statement, the build stops and says so, rather than silently losing the cache;
 * test/unit/upgrade-starlight-page-schema.test.ts also fails once Starlight builds the schema once itself.
 */
import type { Plugin } from 'vite';

const target = /[\\/]@astrojs[\\/]starlight[\\/]dist[\\/]utils[\\/]starlight-page\.js$/;

/** Whether the module `id` is the one this plugin rewrites. */
export function isStarlightPageModule(id: string): boolean {
	return target.test(id.split('?')[0] ?? id);
}

const statement = /const schema = await (StarlightPageFrontmatterSchema\(.*\));\n/;

/** The module's code with the schema built on first use and reused after. */
export function cacheFrontmatterSchema(code: string, id = 'starlight-page.js'): string {
	if (!statement.test(code)) {
		throw new Error(
			`${id}: Starlight no longer builds the <StarlightPage> frontmatter schema with the statement src/integrations/starlight-page-schema.ts rewrites. ` +
				'Check whether the new version still rebuilds the schema for every page; update or remove the plugin.',
		);
	}
	return `let atlasFrontmatterSchema;\n${code.replace(statement, 'const schema = await (atlasFrontmatterSchema ??= $1);\n')}`;
}

export function starlightPageSchemaOnce(): Plugin {
	return {
		name: 'atlas:starlight-page-schema-once',
		enforce: 'pre',
		transform(code, id) {
			return isStarlightPageModule(id) ? { code: cacheFrontmatterSchema(code, id), map: null } : undefined;
		},
	};
}
