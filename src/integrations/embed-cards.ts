/**
 * Writes the embeddable card of every code (`/embed/stt/0x0101/`, src/lib/embed-card.ts) after the
 * build. Files, not routes, for the same reason as the Markdown twins: at 10,000 codes a route per
 * card cost Astro's per-page machinery (16 s of rendering) for what is one string, and Pagefind then
 * read every card. Placed after Starlight, so the search index never reads them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CheckedCorpus } from '../lib/corpus';
import { embedCard, embedPath } from '../lib/embed-card';
import { apiInputOf } from './json-api';
import { eachLimit } from './each-limit';

export function embedCards(catalogue: CheckedCorpus): AstroIntegration {
	let site = 'https://example.invalid';
	return {
		name: 'atlas:embed-cards',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (config.site) site = config.site;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const { protocols, entries } = apiInputOf(catalogue);
				const names = new Map(protocols.map((protocol) => [protocol.id, protocol.data.name]));
				await eachLimit(entries, 32, async (entry) => {
					const folder = join(out, embedPath(entry));
					await mkdir(folder, { recursive: true });
					await writeFile(join(folder, 'index.html'), embedCard(entry, names.get(entry.protocol) ?? entry.protocol, site));
				});
				logger.info(`${entries.length} embeddable cards written`);
			},
		},
	};
}
