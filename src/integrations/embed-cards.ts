/**
 * Writes the embeddable card of every code (`/embed/stt/0x0101/`, src/lib/embed-card.ts) after the
 * build. Files, not routes, for the same reason as the Markdown twins: at 10,000 codes a route per
 * card cost Astro's per-page machinery (16 s of rendering) for what is one string, and Pagefind then
 * read every card. Written while Pagefind indexes (src/integrations/background.ts), whose glob leaves
 * /embed/ out; they hold no inline script, so the CSP's reading of the pages may see them or not.
 */
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { CheckedCorpus } from '../lib/corpus';
import { embedCard, embedPath } from '../lib/embed-card';
import { apiInputOf } from './json-api';
import { eachLimit } from './each-limit';
import { writeAfterBuild, writeFileIn } from './write-after-build';

export function embedCards(catalogue: CheckedCorpus): AstroIntegration {
	return writeAfterBuild('atlas:embed-cards', async ({ out, site, logger }) => {
		const { protocols, entries } = apiInputOf(catalogue);
		const names = new Map(protocols.map((protocol) => [protocol.id, protocol.data.name]));
		await eachLimit(entries, 32, async (entry) => {
			await writeFileIn(join(out, embedPath(entry), 'index.html'), embedCard(entry, names.get(entry.protocol) ?? entry.protocol, site));
		});
		logger.info(`${entries.length} embeddable cards written`);
	});
}
