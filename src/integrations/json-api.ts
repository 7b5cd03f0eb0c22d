/**
 * Serves the catalogue's JSON files in `astro dev`, from the content as it is now, with the same text
 * the build writes (src/lib/catalogue-files.ts, written by src/integrations/catalogue-files.ts): the
 * JSON API under `/api/v1/`, and the resolver's index that /lookup/, the 404 page and the site search
 * read (`/resolver-index.json` and its pieces under `/resolver/`).
 */
import type { AstroIntegration } from 'astro';
import { apiFiles, resolverFiles, type SiteFile } from '../lib/catalogue-files';
import type { CheckedCorpus } from '../lib/corpus';

/** A family of files: which request paths it answers, and how to make all of them. */
interface Family {
	serves(path: string): boolean;
	files(catalogue: CheckedCorpus, site: string): Iterable<SiteFile>;
}

const families: Family[] = [
	// schema.json is a file in public/.
	{ serves: (path) => path.startsWith('/api/v1/') && path !== '/api/v1/schema.json', files: apiFiles },
	{ serves: (path) => path === '/resolver-index.json' || path.startsWith('/resolver/'), files: (catalogue) => resolverFiles(catalogue) },
];

export function jsonApi(loadCatalogue: () => CheckedCorpus): AstroIntegration {
	let site = 'https://example.invalid';
	return {
		name: 'atlas:json-api',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (config.site) site = config.site;
			},
			'astro:server:setup': ({ server, logger }) => {
				// In development the content changes under the server: read it again after any edit, and make
				// each family's files only when one of them is asked for.
				let catalogue: CheckedCorpus | undefined;
				const documents = new Map<Family, Map<string, string>>();
				server.watcher.on('all', () => {
					catalogue = undefined;
					documents.clear();
				});
				server.middlewares.use((request, response, next) => {
					// The files' paths need no decoding (slugs are plain).
					const path = (request.url ?? '').split('?')[0] ?? '';
					const family = families.find((candidate) => candidate.serves(path));
					if (!family) return next();
					let served = documents.get(family);
					try {
						if (!served) {
							catalogue ??= loadCatalogue();
							served = new Map([...family.files(catalogue, site)].map(({ path: at, text }) => [at, text]));
							documents.set(family, served);
						}
					} catch (error) {
						logger.error((error as Error).message);
						response.statusCode = 500;
						response.setHeader('content-type', 'text/plain; charset=utf-8');
						return response.end((error as Error).message);
					}
					const body = served.get(path);
					if (body === undefined) return next();
					response.setHeader('content-type', 'application/json; charset=utf-8');
					response.end(body);
				});
			},
		},
	};
}
