/**
 * Writes the catalogue's own files into a staging folder while Astro syncs its content, on the core
 * that would otherwise wait, then moves each batch into the built site when asked
 * (src/integrations/catalogue-files.ts). Plain JavaScript, so Node runs it as it is; the site's
 * TypeScript it imports has its types stripped by Node, and ts-resolve.mjs finds its files.
 */
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { resolve } from './ts-resolve.mjs';

registerHooks({ resolve });
const { batchesOf } = await import('../lib/catalogue-files.ts');
const { moveInto, writeSiteFiles } = await import('./site-files.ts');

const started = performance.now();
const { catalogue, site, aliasPages, staging } = workerData;
const batches = batchesOf(catalogue, site, { aliasPages });
const written = {};
for (const [batch, groups] of Object.entries(batches)) {
	written[batch] = groups.map(({ label, files }) => `${writeSiteFiles(join(staging, batch), files)} ${label}`);
}
parentPort.postMessage({ staged: written, seconds: (performance.now() - started) / 1000 });

parentPort.on('message', ({ place, out }) => {
	try {
		moveInto(join(staging, place), out);
		parentPort.postMessage({ placed: place });
	} catch (error) {
		parentPort.postMessage({ placed: place, error: { message: error?.message ?? String(error), stack: error?.stack } });
	}
});
