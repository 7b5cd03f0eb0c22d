/**
 * The front matter of one cross-protocol concept, `content/concepts/<id>.md`: the shared vocabulary
 * the comparison views are built on. Which codes belong to a concept is this site's judgement.
 */
import { z } from 'astro/zod';

const text = z.string().trim().min(1);

export const conceptSchema = z.strictObject({
	/** The concept's name, e.g. `Version mismatch`. */
	name: text,
	/** Where it sits in the matrix, lowest first. */
	order: z.number().int(),
	/** What the concept covers, in one or two sentences, in this site's words. */
	definition: text,
	/** The usual way to recover, across protocols, in this site's words. */
	recovery: text,
	/** Required when fewer than two protocols have a code for the concept: why that is. */
	fewProtocolsReason: text.optional(),
});

export type ConceptData = z.output<typeof conceptSchema>;
