/**
 * What a protocol's public implementation really prints, raises and logs, per code:
 * `content/printed/<protocol>.yaml`. This is a third origin beside the source document and the
 * site's judgement: observed in the implementation's code, at the commit named.
 */
import { z } from 'astro/zod';

const text = z.string().trim().min(1);

/** The program the strings were read from. */
export const implementationSchema = z.strictObject({
	/** The package, crate or program name, e.g. `m2m-protocol`. */
	name: text,
	/** The public repository, `owner/name`. */
	repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'an owner/name repository'),
	/** The version its manifest declares. */
	version: text,
	/** The commit the strings were read at: 40 hex digits. */
	commit: z.string().regex(/^[0-9a-f]{40}$/, 'a 40-digit commit hash'),
	/** The language it is written in. */
	language: text,
	/** Module, logger or crate names its output carries (`m2m`, `seigr_toolset_transmissions`): they point a pasted line at this protocol. */
	modules: z.array(text).default([]),
});

/** How the string reaches the reader. */
export const printedForms = ['display', 'debug', 'exception', 'log', 'json', 'http', 'wire', 'message'] as const;

/** One string the implementation produces for a code. */
export const printedShapeSchema = z.strictObject({
	/** The `code` of the entry this string means. */
	code: text,
	/** How it reaches the reader: a Display or Debug form, a raised exception, a log line, a JSON body… */
	form: z.enum(printedForms),
	/** The string exactly as the program builds it; `{name}` marks a value filled in at run time, `{code}` the code's own value. */
	text,
	/** One instance with realistic values. */
	example: text.optional(),
	/** Where the string is built: `path:line` at the commit. */
	source: z.string().regex(/^[^\s:]+:\d+$/, 'path:line'),
	/** `code`: the program names this code itself. `inferred`: matched by meaning, with `why`. */
	mapping: z.enum(['code', 'inferred']).default('code'),
	/** For an inferred mapping: why the string means this code. */
	why: text.optional(),
	/** Context, in this site's words. */
	note: text.optional(),
});

/** Where the program and the protocol's document say different things. */
export const disagreementSchema = z.strictObject({
	/** The entry it concerns; absent for a difference that spans the protocol. */
	code: text.optional(),
	/** What the document says. */
	document: text,
	/** What the implementation does. */
	implementation: text,
	/** Where: `path:line` at the commit. */
	source: z.string().regex(/^[^\s:]+:\d+$/, 'path:line').optional(),
});

export const printedSchema = z
	.strictObject({
		implementation: implementationSchema,
		shapes: z.array(printedShapeSchema).default([]),
		disagreements: z.array(disagreementSchema).default([]),
	})
	.superRefine((printed, context) => {
		printed.shapes.forEach((shape, index) => {
			if (shape.mapping === 'inferred' && shape.why === undefined) {
				context.addIssue({ code: 'custom', path: ['shapes', index, 'why'], message: 'an inferred mapping needs a "why"' });
			}
		});
	});

export type PrintedData = z.output<typeof printedSchema>;
export type PrintedShape = z.output<typeof printedShapeSchema>;
export type Implementation = z.output<typeof implementationSchema>;
export type Disagreement = z.output<typeof disagreementSchema>;
