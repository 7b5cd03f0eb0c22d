/** The front matter of one protocol, `content/protocols/<protocol>.md`; its body is the reference prose. */
import { z } from 'astro/zod';

const text = z.string().trim().min(1);

/** A group of codes as the protocol's document defines it. */
export const categorySchema = z.strictObject({
	/** A stable, URL-safe id used by entries' `categories` and as the anchor on the protocol page. */
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case, hyphen-separated id'),
	/** The category's name as the source writes it. */
	name: text,
	/** The code range the source gives for it, e.g. `0x01XX` or `1xxx`. */
	range: text.optional(),
	/** How the source says to handle every code of the category. */
	strategy: text.optional(),
	/** One line, in this site's words, on what the category covers. */
	description: text.optional(),
});

/** The protocol's code format: how a code looks and the pattern every code must match. */
export const codeFormatSchema = z.strictObject({
	/** How a code is written, in this site's words. */
	description: text,
	/** How wide a code is and what it is made of, in a few words, for the side-by-side comparison. */
	width: text.optional(),
	/** A regular expression (without slashes) that every `code` of this protocol must match in full. */
	pattern: text.refine((source) => {
		try {
			new RegExp(source);
			return true;
		} catch {
			return false;
		}
	}, 'a valid regular expression'),
	/** Codes that show the format. */
	examples: z.array(text).min(1),
});

/** One field of the message that carries an error. */
export const deliveryFieldSchema = z.strictObject({
	/** The field name as the source writes it. */
	name: text,
	/** What it holds. */
	description: text,
	/** True when the source marks it optional. */
	optional: z.boolean().default(false),
});

/** One way an error reaches the application (a control frame, an NDJSON line, an HTTP body…). */
export const deliverySchema = z.strictObject({
	/** The carrier's name, e.g. `Control frame`. */
	name: text,
	/** How it works, in this site's words. */
	description: text,
	/** The fields it carries. */
	fields: z.array(deliveryFieldSchema).default([]),
});

/** The document the protocol's codes come from. */
export const sourceDocumentSchema = z.strictObject({
	/** Its title as it names itself. */
	title: text,
	/** What it is and who publishes it. */
	description: text,
	/** Standards or references it cites. */
	references: z.array(z.strictObject({ title: text, url: z.url().optional() })).default([]),
});

/** Advice the source gives for every code of the protocol, shown on each entry's page. */
export const guidanceSchema = z.strictObject({
	/** The source's own heading for it, e.g. `Error handling guidelines` or `Best practices`. */
	title: text,
	/** The advice, one item a point, in this site's words, faithful to the source. */
	items: z.array(text).min(1),
});

export const protocolSchema = z.strictObject({
	/** The protocol's display name. */
	name: text,
	/** Where it sits in navigation and lists, lowest first. */
	order: z.number().int(),
	/** One or two sentences, in this site's words, on what the protocol is. */
	description: text,
	codeFormat: codeFormatSchema,
	/** The categories, in the source's order. */
	categories: z.array(categorySchema).min(1),
	/** How errors reach the application. */
	delivery: z.array(deliverySchema).min(1),
	source: sourceDocumentSchema,
	/** The source's protocol-wide handling advice, when it gives any beyond each category's strategy. */
	guidance: guidanceSchema.optional(),
});

export type ProtocolData = z.output<typeof protocolSchema>;
export type Category = z.output<typeof categorySchema>;
