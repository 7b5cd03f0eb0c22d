/**
 * Publishes the JSON API under `/api/v1/`: after the build it writes every document as a static file,
 * and under `astro dev` it serves the same documents from the content as it is now.
 *
 * The files are written here rather than by Astro endpoint routes because an endpoint costs Astro's
 * whole per-route machinery (request, middleware, logging) for what is one `JSON.stringify`: at
 * 10,000 codes that was 12 s of the build, and writing the files directly takes under 2 s.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { apiDocuments, serialise, type ApiProtocol } from '../lib/api';
import type { CatalogueEntry } from '../lib/catalogue';
import type { CheckedCorpus } from '../lib/corpus';
import { eachLimit } from './each-limit';

/** The checked catalogue in the shapes the API functions take. */
export function apiInputOf(catalogue: CheckedCorpus): { protocols: ApiProtocol[]; entries: CatalogueEntry[] } {
	return {
		protocols: [...catalogue.protocols].map(([id, data]) => ({ id, data })),
		entries: catalogue.entries.map(({ file, data }) => ({ protocol: file.protocol ?? '', slug: file.stem, data })),
	};
}

export function jsonApi(catalogue: CheckedCorpus, loadCatalogue: () => CheckedCorpus): AstroIntegration {
	let site = 'https://example.invalid';
	return {
		name: 'atlas:json-api',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (config.site) site = config.site;
			},
			'astro:server:setup': ({ server, logger }) => {
				// In development the content changes under the server: read it again after any edit.
				let documents: Map<string, string> | undefined;
				server.watcher.on('all', () => (documents = undefined));
				server.middlewares.use((request, response, next) => {
					const path = (request.url ?? '').split('?')[0] ?? '';
					// schema.json is a file in public/; the documents' paths need no decoding (slugs are plain).
					if (!path.startsWith('/api/v1/') || path === '/api/v1/schema.json') return next();
					try {
						if (!documents) {
							const { protocols, entries } = apiInputOf(loadCatalogue());
							documents = new Map([...apiDocuments(protocols, entries, site)].map(([at, document]) => [at, serialise(document)]));
						}
					} catch (error) {
						logger.error((error as Error).message);
						response.statusCode = 500;
						response.setHeader('content-type', 'text/plain; charset=utf-8');
						return response.end((error as Error).message);
					}
					const body = documents.get(path);
					if (body === undefined) return next();
					response.setHeader('content-type', 'application/json; charset=utf-8');
					response.end(body);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const { protocols, entries } = apiInputOf(catalogue);
				const folders = new Set([join(out, 'api/v1'), ...protocols.map((protocol) => join(out, 'api/v1', protocol.id))]);
				await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
				let count = 0;
				await eachLimit(apiDocuments(protocols, entries, site), 32, async ([path, document]) => {
					const file = join(out, path);
					if (!folders.has(dirname(file))) throw new Error(`${path}: outside the API folders`);
					await writeFile(file, serialise(document));
					count += 1;
				});
				logger.info(`${count} JSON API files written`);
			},
		},
	};
}
