/**
 * Writes what programs and language models read after the build: a Markdown twin beside every code
 * page (`/stt/0x0101.md`), `/llms.txt` and `/llms-full.txt`, and `/robots.txt` pointing to the sitemap.
 * Files, not routes, for the same reason as the JSON API: at 10,000 codes a route per twin costs
 * Astro's per-page machinery for what is one string.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { codeFile, codeSummary, orderedEntries, orderedProtocols } from '../lib/api';
import type { CheckedCorpus } from '../lib/corpus';
import { codeMarkdown, llmsTxt, twinPath } from '../lib/markdown-twin';
import { printedOfProtocol } from '../lib/printed';
import { apiInputOf } from './json-api';
import { eachLimit } from './each-limit';
import { writeAfterBuild, writeFileIn } from './write-after-build';

export function robotsTxt(site: string): string {
	return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`, ''].join('\n');
}

export function agentFiles(catalogue: CheckedCorpus): AstroIntegration {
	return writeAfterBuild('atlas:agent-files', async ({ out, site, logger }) => {
		const { protocols, entries } = apiInputOf(catalogue);
		const printed = new Map(catalogue.printed.map((file) => [file.protocol, printedOfProtocol(file.data)]));
		const ordered = orderedEntries(protocols, entries);
		const twins: string[] = [];
		await eachLimit(
			ordered.map((entry, position) => ({ entry, position })),
			32,
			async ({ entry, position }) => {
				const detail = codeFile(entry, protocols, entries, site);
				const markdown = codeMarkdown(detail, printed.get(entry.protocol)?.get(entry.data.code));
				twins[position] = markdown;
				await writeFileIn(join(out, twinPath(detail.path)), markdown);
			},
		);
		const byProtocol = orderedProtocols(protocols).map((protocol) => ({
			id: protocol.id,
			name: protocol.data.name,
			description: protocol.data.description,
			codes: ordered.filter((entry) => entry.protocol === protocol.id).map((entry) => codeSummary(entry, protocol, site, entries)),
		}));
		await writeFile(join(out, 'llms.txt'), llmsTxt(site, byProtocol));
		await writeFile(join(out, 'llms-full.txt'), `# Protocol Error Atlas: every code\n\n${twins.join('\n---\n\n')}`);
		await writeFile(join(out, 'robots.txt'), robotsTxt(site));
		logger.info(`${twins.length} Markdown twins, llms.txt, llms-full.txt and robots.txt written`);
	});
}
