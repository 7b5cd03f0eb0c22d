/**
 * The syntax highlighting of the Markdown's code blocks, on a thread of its own. Astro's content layer
 * renders every entry's Markdown on Astro's thread, and Shiki's highlighting was a third of it (4.3 s
 * of 12 s at 10,000 codes) while the second core had little to do. This is Astro's own highlight
 * plugin for its Markdown processor (`satteriHighlightPlugin`), handed a highlight function that sends
 * each block to a worker (highlight-worker.mjs), which runs Astro's own Shiki highlighter made from
 * Astro's resolved Shiki settings. Astro renders up to ten entries at a time, so its thread goes on
 * with the others while a block is highlighted.
 *
 * astro.config.mjs turns Astro's own highlighting off (`syntaxHighlight: false`) and lists this plugin
 * first among the processor's hast plugins, where Astro's own would run. The site is byte for byte
 * the same (test/build/incremental.test.ts compares it with builds that highlight on Astro's thread,
 * ATLAS_HIGHLIGHT_THREAD=off). UPGRADING.md says what to check on an upgrade.
 */
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { satteriCreateHighlightFn, satteriHighlightPlugin } from '@astrojs/markdown-satteri';

type Highlight = Parameters<typeof satteriHighlightPlugin>[0];
type ShikiConfig = Parameters<typeof satteriCreateHighlightFn>[1];

/** Whether the code blocks are highlighted on a thread of their own (ATLAS_HIGHLIGHT_THREAD=off: on Astro's). */
export function highlightThreadFromEnv(value: string | undefined): boolean {
	if (value === undefined || value === '' || value === 'on') return true;
	if (value === 'off') return false;
	throw new Error(`ATLAS_HIGHLIGHT_THREAD must be "on" or "off", not "${value}"`);
}

export class OffloadedHighlight {
	#shikiConfig: ShikiConfig | undefined;
	#worker: Worker | undefined;
	#pending = new Map<number, { resolve(node: unknown): void; reject(error: Error): void }>();
	#nextId = 0;
	/** The blocks asked for in this turn of the event loop, sent together at its end. */
	#batch: { id: number; code: string; lang: string; meta: string | undefined }[] = [];

	/** Astro's hast plugin for highlighting, highlighting on the worker. */
	readonly plugin = satteriHighlightPlugin((code, lang, meta) => this.highlight(code, lang, meta), undefined);

	/** Reads Astro's resolved Shiki settings, which the worker highlights with. */
	integration(): AstroIntegration {
		return {
			name: 'atlas:offloaded-highlight',
			hooks: {
				'astro:config:done': ({ config }) => {
					const { shikiConfig } = config.markdown;
					if (shikiConfig.transformers.length > 0) {
						throw new Error('markdown.shikiConfig.transformers are functions, which cannot be sent to the highlight thread: set ATLAS_HIGHLIGHT_THREAD=off, or drop the offloaded highlight (UPGRADING.md)');
					}
					const { defaultColor, ...settings } = shikiConfig;
					this.#shikiConfig = { ...settings, ...(defaultColor === undefined ? {} : { defaultColor }), transformers: [] };
				},
			},
		};
	}

	/** The element that replaces a code block's <pre>, highlighted on the worker. */
	highlight(code: string, lang: string, meta?: string): ReturnType<Highlight> {
		const shikiConfig = this.#shikiConfig;
		if (!shikiConfig) throw new Error('the highlight thread has no Shiki settings: list offloadedHighlight.integration() among the integrations');
		if (!this.#worker) this.#start(shikiConfig);
		const id = this.#nextId++;
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve, reject });
			// The blocks asked for in one turn of the event loop go together: each message wakes the
			// worker, and on two busy cores every wake-up cost Astro's thread its core for a moment.
			if (this.#batch.length === 0) setImmediate(() => this.#send());
			this.#batch.push({ id, code, lang, meta });
		}) as ReturnType<Highlight>;
	}

	#send() {
		const blocks = this.#batch;
		this.#batch = [];
		this.#worker?.postMessage(blocks);
	}

	#start(shikiConfig: ShikiConfig) {
		const worker = new Worker(new URL('./highlight-worker.mjs', import.meta.url), { workerData: { shikiConfig } });
		// Idle between syncs under `astro dev`, and never what keeps a build's process alive.
		worker.unref();
		worker.on('message', (answers: { id: number; node?: unknown; error?: { message: string; stack?: string } }[]) => {
			for (const { id, node, error } of answers) {
				const waiting = this.#pending.get(id);
				if (!waiting) continue;
				this.#pending.delete(id);
				if (error) {
					const failure = new Error(`Highlighting a code block failed: ${error.message}`);
					if (error.stack) failure.stack = error.stack;
					waiting.reject(failure);
				} else waiting.resolve(node);
			}
		});
		const stop = (error: Error) => {
			for (const waiting of this.#pending.values()) waiting.reject(error);
			this.#pending.clear();
			this.#worker = undefined;
		};
		worker.on('error', stop);
		worker.on('exit', (code) => stop(new Error(`The highlight thread stopped (exit code ${code}).`)));
		this.#worker = worker;
	}
}
