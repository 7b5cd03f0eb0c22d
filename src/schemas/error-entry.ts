/**
 * The front matter of one error-code entry, `content/errors/<protocol>/<code-slug>.md`.
 * The Markdown body below the front matter holds the entry's examples and any longer notes.
 */
import { z } from 'astro/zod';
import { kindSchema } from './kind';
import { actionSchema } from './action';
import { conceptLinkSchema } from './concept-link';
import { relatedSchema } from './related';

const text = z.string().trim().min(1);

/** A list of steps under the heading the source uses for them. */
export const actionsSchema = z.strictObject({
	/** The source's own heading for these steps: `Recovery`, `Client action`, `Troubleshooting`, … */
	label: z.enum(['Recovery', 'Client action', 'Troubleshooting', 'Resolution', 'Action']),
	/** The steps, most useful first. */
	steps: z.array(text).min(1),
	/** True when the source numbers the steps, so their order matters. */
	ordered: z.boolean().default(false),
});

/** A named field carried by a code, such as the fields of M2M's `SecurityThreat`. */
export const fieldSchema = z.strictObject({
	/** The field's name as the source writes it. */
	name: text,
	/** Its type as the source writes it, e.g. `f32`. */
	type: text.optional(),
	/** What the field holds. */
	description: text.optional(),
	/** True when the source marks the field optional. */
	optional: z.boolean().default(false),
});

/** A value embedded in an error that narrows down its reason, such as STT 0x0201's reason codes. */
export const reasonCodeSchema = z.strictObject({
	/** The value exactly as it appears on the wire or in the error, e.g. `'graceful'`. */
	value: text,
	/** What it means. */
	meaning: text,
});

/** A situation the source walks through step by step, such as DTP's key error scenarios. */
export const scenarioSchema = z.strictObject({
	/** The source's name for the situation. */
	title: text,
	/** When it happens. */
	trigger: text.optional(),
	/** What the implementation or the operator does, in order. */
	steps: z.array(text).min(1),
});

/** Notes that apply to one implementation, such as twampy's limitations. */
export const implementationNoteSchema = z.strictObject({
	/** The implementation the note is about. */
	implementation: text,
	/** What it does differently or does not do. */
	items: z.array(text).min(1),
});

/** Marks a code its protocol no longer uses. Its page stays, so links printed by software keep working. */
export const retirementSchema = z.strictObject({
	/** Why the code was retired, in this site's words. */
	reason: text,
	/** The `code` of the entry that replaces it, when one does. */
	replacedBy: text.optional(),
	/** The protocol version or date from which it is retired, as the source states it. */
	since: text.optional(),
});

export const errorEntrySchema = z.strictObject({
	/** The code exactly as the protocol's document writes it: `0x0101`, `1001`, `invalid_ndjson`, `AeadError::DecryptionFailed`. */
	code: text,
	/** The name the source gives the code: a symbolic name, or its short description where it has none. */
	name: text,
	/** What sort of identifier this is. */
	kind: kindSchema,
	/** The ids of the protocol categories this code belongs to (one, or more where the source lists it twice). */
	categories: z.array(text).min(1),
	/** One line, in this site's words, for tables and search results. */
	summary: text.max(160),
	/** What the code means, in this site's words, faithful to the source. */
	meaning: text,
	/** The Rust form of an M2M variant as the source writes it, e.g. `Compression(String)`. */
	signature: text.optional(),
	/** The HTTP endpoints an M2M proxy status applies to, as the source writes them. */
	endpoint: text.optional(),
	/** For a sub-code: the `code` of its parent. */
	parent: text.optional(),
	/** Why the code happens, as the source lists it. */
	causes: z.array(text).default([]),
	/** What to do about it, under the source's heading. */
	actions: actionsSchema.optional(),
	/** What to do now: can the caller retry, who has to act, what is lost, and the first step; and who says so. */
	action: actionSchema,
	/** How serious the source rates it (M2M security threat types). */
	severity: z.enum(['Critical', 'High', 'Medium', 'Low']).optional(),
	/** Fields the code carries. */
	fields: z.array(fieldSchema).default([]),
	/** Values embedded in the error that give its reason. */
	reasonCodes: z.array(reasonCodeSchema).default([]),
	/** Situations the source walks through that end in this code. */
	scenarios: z.array(scenarioSchema).default([]),
	/** Notes specific to one implementation. */
	implementationNotes: z.array(implementationNoteSchema).default([]),
	/** Other codes of the same protocol worth reading next. */
	related: z.array(relatedSchema).default([]),
	/**
	 * The cross-protocol concepts (`content/concepts/`) this code stands for, each with how it stands
	 * to it (exact, narrower, broader, related). This mapping is the site's judgement, and the pages say so.
	 */
	concepts: z.array(conceptLinkSchema).default([]),
	/** Present when the code is retired; the page stays and names what replaces it. */
	retired: retirementSchema.optional(),
});

export type ErrorEntryData = z.output<typeof errorEntrySchema>;
