/**
 * Writes the files of the built site that come from the catalogue alone (src/lib/catalogue-files.ts:
 * the JSON API, the Markdown twins and llms.txt, the embeddable cards, the alias pages and
 * `_redirects`), without holding up the build.
 *
 * Everything they need is known once the config is loaded. So `astro build` starts a worker thread
 * then (catalogue-files-worker.mjs) that writes them into a staging folder in Astro's cache while
 * Astro syncs its content on its own thread, and the second core would otherwise wait. Astro empties
 * the output folder after that, so the files wait in the cache, and are moved in, a rename each:
 * - `withPages`, after Astro has written its pages: the API, the twins and the cards, which Pagefind's
 *   glob never reads (src/integrations/search-index.ts). It moves them while Pagefind indexes.
 * - `afterIndex`, after the search index: the alias pages, which stand in the code folders that the
 *   glob reads, and `_redirects`.
 * At 10,000 codes that is 55,000 files, which written after the build, beside Pagefind, took a core
 * for the better part of the index's time.
 *
 * Where Node cannot strip TypeScript's types (before 22.18) or outside `astro build`, the same files
 * are written on Astro's thread at the same two points.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import nodeModule from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { batchesOf } from '../lib/catalogue-files';
import type { CheckedCorpus } from '../lib/corpus';
import { writeSiteFiles } from './site-files';

type Batch = 'with-pages' | 'after-index';

export interface CatalogueFilesOptions {
	/** Write a redirect page for each alias (ATLAS_ALIAS_PAGES, README "Build switches"). */
	aliasPages: boolean;
}

/**
 * The worker imports the site's TypeScript as Node runs it, types stripped (Node 22.18 on), with a
 * resolve hook registered in its own thread (`module.registerHooks`, Node 22.15 on).
 */
export const nodeStripsTypes = Boolean((process.features as { typescript?: string | false }).typescript) && typeof (nodeModule as { registerHooks?: unknown }).registerHooks === 'function';

/** A worker writing the files into a staging folder, and moving a batch into the site when asked. */
interface Staging {
	/** Moves a batch in; says what it holds, and how long the worker took to write every file. */
	place(batch: Batch, out: string): Promise<{ written: string[]; seconds: number }>;
	close(): void;
}

function staging(catalogue: CheckedCorpus, site: string, options: CatalogueFilesOptions, cacheDir: string): Staging {
	mkdirSync(cacheDir, { recursive: true });
	const folder = mkdtempSync(join(cacheDir, 'atlas-files-'));
	// A build that fails before its end leaves no staged files behind.
	const removeFolder = () => rmSync(folder, { recursive: true, force: true });
	process.once('exit', removeFolder);
	const worker = new Worker(new URL('./catalogue-files-worker.mjs', import.meta.url), {
		workerData: { catalogue, site, aliasPages: options.aliasPages, staging: folder },
	});
	// A failed build's process never waits for it.
	worker.unref();
	type Staged = { written: Record<Batch, string[]>; seconds: number };
	let staged!: { resolve(value: Staged): void; reject(error: Error): void };
	const written = new Promise<Staged>((resolve, reject) => (staged = { resolve, reject }));
	written.catch(() => undefined);
	const placing = new Map<Batch, { resolve(): void; reject(error: Error): void }>();
	let failure: Error | undefined;
	const fail = (error: Error) => {
		failure ??= error;
		staged.reject(failure);
		for (const waiting of placing.values()) waiting.reject(failure);
		placing.clear();
	};
	worker.on('message', (message: { staged?: Record<Batch, string[]>; seconds?: number; placed?: Batch; error?: { message: string; stack?: string } }) => {
		if (message.staged) return staged.resolve({ written: message.staged, seconds: message.seconds ?? 0 });
		if (!message.placed) return;
		const waiting = placing.get(message.placed);
		placing.delete(message.placed);
		if (!message.error) return waiting?.resolve();
		const error = new Error(message.error.message);
		if (message.error.stack) error.stack = message.error.stack;
		waiting?.reject(error);
	});
	worker.on('error', fail);
	worker.on('exit', (code) => fail(new Error(`The worker writing the catalogue's files stopped (exit code ${code}).`)));
	return {
		async place(batch, out) {
			const done = await written;
			await new Promise<void>((resolve, reject) => {
				if (failure) return reject(failure);
				placing.set(batch, { resolve, reject });
				worker.postMessage({ place: batch, out });
			});
			return { written: done.written[batch], seconds: done.seconds };
		},
		close() {
			failure ??= new Error('closed');
			void worker.terminate();
			process.off('exit', removeFolder);
			removeFolder();
		},
	};
}

export function catalogueFiles(catalogue: CheckedCorpus, options: CatalogueFilesOptions): { withPages: AstroIntegration; afterIndex: AstroIntegration } {
	let site = 'https://example.invalid';
	let command = '';
	let worker: Staging | undefined;
	let withPages: Promise<void> | undefined;

	async function place(batch: Batch, out: string, logger: AstroIntegrationLogger): Promise<void> {
		if (!worker) {
			const written = batchesOf(catalogue, site, options)[batch].map(({ label, files }) => `${writeSiteFiles(out, files)} ${label}`);
			return logger.info(`${written.join(', ')} written`);
		}
		const { written, seconds } = await worker.place(batch, out);
		logger.info(`${written.join(', ')} written by a worker in ${seconds.toFixed(1)} s, from the start of the content sync`);
	}

	return {
		withPages: {
			name: 'atlas:catalogue-files',
			hooks: {
				'astro:config:setup': ({ command: running }) => {
					command = running;
				},
				'astro:config:done': ({ config }) => {
					if (config.site) site = config.site;
					if (command === 'build' && nodeStripsTypes) worker = staging(catalogue, site, options, fileURLToPath(config.cacheDir));
				},
				'astro:build:done': ({ dir, logger }) => {
					// Moved while the later hooks run (Pagefind's index above all); `afterIndex` waits for it.
					withPages = place('with-pages', fileURLToPath(dir), logger);
					withPages.catch(() => undefined);
				},
			},
		},
		afterIndex: {
			name: 'atlas:catalogue-files:after-index',
			hooks: {
				'astro:build:done': async ({ dir, logger }) => {
					try {
						if (!withPages) throw new Error('atlas:catalogue-files: its first half never ran; put withPages before afterIndex');
						await withPages;
						await place('after-index', fileURLToPath(dir), logger);
					} finally {
						worker?.close();
					}
				},
			},
		},
	};
}
