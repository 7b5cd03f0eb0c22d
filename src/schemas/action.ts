/**
 * What to do at the moment of failure, as data: can I retry, who has to act, what did I lose.
 * Every value says where it comes from: the fields named in `stated` are the source's; the others
 * are this site's judgement, resting on `basis`.
 */
import { z } from 'astro/zod';

const text = z.string().trim().min(1);

/** Whether trying again can succeed, and when. */
export const retryValues = ['now', 'backoff', 'after-fix', 'never', 'none'] as const;
/** Who must act to get past the failure. */
export const actorValues = ['none', 'caller', 'operator', 'peer'] as const;
/** What the failure costs, smallest first. */
export const lostValues = ['nothing', 'message', 'stream', 'session', 'connection'] as const;

export type Retry = (typeof retryValues)[number];
export type Actor = (typeof actorValues)[number];
export type Lost = (typeof lostValues)[number];

/**
 * - `now`: retrying as is can succeed at once;
 * - `backoff`: retrying after a delay can succeed;
 * - `after-fix`: it succeeds only after something changes (configuration, credentials, the request, the code);
 * - `never`: this request or this data will never succeed;
 * - `none`: not an error (success, a normal close).
 */
export const retrySchema = z.enum(retryValues);
/** One or more of: `none` (the protocol, the library or a plain retry handles it), `caller`, `operator`, `peer`. */
export const actorSchema = z
	.array(z.enum(actorValues))
	.min(1)
	.refine((actors) => new Set(actors).size === actors.length, 'each actor once')
	.refine((actors) => !actors.includes('none') || actors.length === 1, '`none` alone, never beside another actor');
/** `nothing`, `message` (a frame, request or fragment), `stream`, `session` or `connection`. */
export const lostSchema = z.enum(lostValues);

/** The action for one cause, where the answer depends on why the code happened. */
export const causeActionSchema = z.strictObject({
	/** The cause, as the entry's `causes` list writes it. */
	cause: text,
	retry: retrySchema,
	actor: actorSchema,
	lost: lostSchema,
	/** The first step for this cause, when it is not the entry's. */
	first: text.optional(),
});

export const actionSchema = z
	.strictObject({
		/** Can trying again succeed, and when? For the most common cause where causes differ. */
		retry: retrySchema,
		/** Who must act to get past it. */
		actor: actorSchema,
		/** What the failure costs. */
		lost: lostSchema,
		/** The first thing to do, one short imperative sentence. */
		first: text,
		/** Which of `retry`, `actor` and `lost` the source states itself. The others are the site's judgement. */
		stated: z.array(z.enum(['retry', 'actor', 'lost'])).default([]),
		/** The source's own words on recovery, quoted exactly (STT's table, a strategy, a hint). */
		sourceSays: text.optional(),
		/** What the site's values rest on. Required unless the source states all three. */
		basis: text.optional(),
		/** One action per cause, where the answer depends on the cause. */
		byCause: z.array(causeActionSchema).default([]),
		/** Why this code's action differs from other codes of the same concept. */
		differs: text.optional(),
	})
	.refine((action) => action.stated.length === 3 || action.basis !== undefined, {
		message: 'an action the source does not fully state needs a "basis" saying what the site rests it on',
		path: ['basis'],
	});

export type Action = z.output<typeof actionSchema>;
