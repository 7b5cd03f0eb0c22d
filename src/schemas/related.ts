/** A pointer from one code to another code of the same protocol. */
import { z } from 'astro/zod';

export const relatedSchema = z.strictObject({
	/** The other code, exactly as its own entry's `code` field writes it. */
	code: z.string().min(1),
	/** Why a reader of this code should look at that one. */
	why: z.string().min(1),
	/** `source`: the protocol's document links them. `site`: this site's judgement, marked as such. */
	origin: z.enum(['source', 'site']),
});

export type Related = z.output<typeof relatedSchema>;
