import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { errorEntrySchema } from './schemas/error-entry';
import { protocolSchema } from './schemas/protocol';
import { conceptSchema } from './schemas/concept';
import { printedSchema } from './schemas/printed';

// ATLAS_CONTENT_ROOT points the catalogue at another folder (synthetic catalogues for benchmarks).
const contentRoot = process.env.ATLAS_CONTENT_ROOT || './content';

/** What the site's own page templates add to Starlight's front matter. */
const pageExtension = z.object({
	/** On a code's page: the code and its name, which the page title sets apart. */
	atlasCode: z.object({ code: z.string(), name: z.string() }).optional(),
});

export const collections = {
	/** Guides: ordinary Starlight pages. */
	docs: defineCollection({ loader: glob({ base: './content', pattern: 'guides/**/[^_]*.md' }), schema: docsSchema({ extend: pageExtension }) }),
	/**
	 * Starlight's UI strings, in the one place Starlight reads them (`src/content/i18n/<lang>.json`). Starlight
	 * asks for this collection on every build, and Astro warns when it is missing or empty; `en.json` holds
	 * the site's changes to the English strings, none so far.
	 */
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	/** One entry per protocol; the id is the protocol's URL segment (`stt`). */
	protocols: defineCollection({ loader: glob({ base: `${contentRoot}/protocols`, pattern: '[^_]*.md' }), schema: protocolSchema }),
	/** The cross-protocol concepts the comparison views are built on; the id is the concept's URL segment. */
	concepts: defineCollection({ loader: glob({ base: `${contentRoot}/concepts`, pattern: '[^_]*.md' }), schema: conceptSchema }),
	/** What each protocol's public implementation prints, per code; the id is the protocol's. */
	printed: defineCollection({ loader: glob({ base: `${contentRoot}/printed`, pattern: '[^_]*.yaml' }), schema: printedSchema }),
	/** One entry per code; the id is `<protocol>/<code-slug>`, kept exactly as the file path says. */
	errors: defineCollection({
		loader: glob({
			base: `${contentRoot}/errors`,
			pattern: '*/[^_]*.md',
			generateId: ({ entry }) => entry.replace(/\.md$/, ''),
		}),
		schema: errorEntrySchema,
	}),
};
