import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { errorEntrySchema } from './schemas/error-entry';
import { protocolSchema } from './schemas/protocol';

// ATLAS_CONTENT_ROOT points the catalogue at another folder (synthetic catalogues for benchmarks).
const contentRoot = process.env.ATLAS_CONTENT_ROOT || './content';

export const collections = {
	/** Guides: ordinary Starlight pages. */
	docs: defineCollection({ loader: glob({ base: './content', pattern: 'guides/**/[^_]*.md' }), schema: docsSchema() }),
	/** One entry per protocol; the id is the protocol's URL segment (`stt`). */
	protocols: defineCollection({ loader: glob({ base: `${contentRoot}/protocols`, pattern: '[^_]*.md' }), schema: protocolSchema }),
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
