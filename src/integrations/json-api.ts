/**
 * Serves the JSON API under `/api/v1/` in `astro dev`, from the content as it is now, with the same
 * documents the build writes as files (src/lib/catalogue-files.ts, written by
 * src/integrations/catalogue-files.ts).
 */
import type { AstroIntegration } from 'astro';
import { apiFiles } from '../lib/catalogue-files';
import type { CheckedCorpus } from '../lib/corpus';

export function jsonApi(loadCatalogue: () => CheckedCorpus): AstroIntegration {
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
							documents = new Map([...apiFiles(loadCatalogue(), site)].map(({ path: at, text }) => [at, text]));
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
		},
	};
}
