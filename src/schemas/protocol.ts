/** The front matter of one protocol, `content/protocols/<protocol>.md`; its body is the reference prose. */
import { z } from 'astro/zod';
import { kindSchema } from './kind';

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
	/**
	 * The kinds of code it carries, when the protocol has more than one carrier and each carries only
	 * some kinds (M2M's REJECT message carries rejection codes). Absent: it carries every kind.
	 */
	kinds: z.array(kindSchema).optional(),
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

/**
 * A kind's slug namespace: a fixed word that starts the slug (`reject` gives `reject-timeout`), or
 * `{ qualifiedBy: '::' }` when the code already names its namespace before that separator
 * (`AeadError::DecryptionFailed` gives `aeaderror-decryptionfailed`).
 */
export const slugNamespaceSchema = z.union([
	z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case, hyphen-separated word'),
	z.strictObject({
		/** The separator between the code's own namespace and its name, which the slug turns into a hyphen. */
		qualifiedBy: text,
	}),
]);

/**
 * How the protocol's codes become URL slugs. Without it a slug is the code lower-cased (`0x0101`).
 * The slug is the entry's file name and its published URL, so a rule, once codes are published
 * under it, must never change.
 */
export const slugRuleSchema = z.strictObject({
	/**
	 * For a protocol whose codes share names across kinds (M2M's `TIMEOUT` is a closure reason, its
	 * `InvalidKey` an AEAD and an HMAC error): the namespace that starts the slug of each kind of
	 * code. Every kind the protocol's codes use needs one; a code of a kind left out is an error.
	 */
	namespaces: z.partialRecord(kindSchema, slugNamespaceSchema),
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
	/** How its codes' URL slugs are made, when the code lower-cased is not enough. */
	slugs: slugRuleSchema.optional(),
});

export type ProtocolData = z.output<typeof protocolSchema>;
export type Category = z.output<typeof categorySchema>;
export type SlugRule = z.output<typeof slugRuleSchema>;
