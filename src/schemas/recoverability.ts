/** Whether, and how, a caller can recover from a code. */
import { z } from 'astro/zod';

/**
 * The recoverability scale. `Yes`, `No`, `Auto` and `Partial` are the values of STT's summary table;
 * `N/A` is for codes that report success or a clean close, where there is nothing to recover from.
 */
export const recoverabilityValues = ['Yes', 'No', 'Auto', 'Partial', 'N/A'] as const;

export const recoverabilitySchema = z
	.strictObject({
		/** The verdict a reader scans for in tables: can the caller get past this code? */
		value: z.enum(recoverabilityValues),
		/** The short qualifier that goes with the verdict, e.g. `retry` or `fix seed`. */
		note: z.string().min(1).optional(),
		/**
		 * Who says so. `source`: the protocol's own document states it. `site`: this site's judgement,
		 * shown to readers as such.
		 */
		origin: z.enum(['source', 'site']),
		/** For a `site` verdict: what in the source the judgement rests on. Required for `site`. */
		basis: z.string().min(1).optional(),
	})
	.refine((r) => r.origin === 'source' || r.basis !== undefined, {
		message: 'a recoverability with origin "site" needs a "basis" saying what it rests on',
		path: ['basis'],
	});

export type Recoverability = z.output<typeof recoverabilitySchema>;
