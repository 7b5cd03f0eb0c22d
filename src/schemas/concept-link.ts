/**
 * How a code stands to a cross-protocol concept. The mapping is the site's judgement: codes of two
 * protocols under one concept are the same only where both links are `exact`.
 */
import { z } from 'astro/zod';

const text = z.string().trim().min(1);

/**
 * - `exact`: the code means the concept;
 * - `narrower`: the code is a special case of it;
 * - `broader`: the code covers more than the concept;
 * - `related`: the code touches the concept without reporting it.
 */
export const relationValues = ['exact', 'narrower', 'broader', 'related'] as const;
export type Relation = (typeof relationValues)[number];

export const conceptLinkSchema = z
	.strictObject({
		/** The concept's id: the file name of `content/concepts/<id>.md`. */
		id: text,
		/** How the code stands to the concept. */
		relation: z.enum(relationValues),
		/** For a loose match (anything but `exact`): how it is loose, in one short sentence. */
		caveat: text.optional(),
	})
	.refine((link) => link.relation === 'exact' || link.caveat !== undefined, {
		message: 'a link that is not exact needs a "caveat" saying how the match is loose',
		path: ['caveat'],
	});

export type ConceptLink = z.output<typeof conceptLinkSchema>;
