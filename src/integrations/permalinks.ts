/**
 * The permalink ledger: a build of the real content appends to `permalinks.txt` every path it newly
 * publishes, so that a path once published is never dropped without a test failing. The alias pages
 * and `_redirects` that lead every spelling of a code to its page are among the catalogue's files
 * (src/lib/catalogue-files.ts, written by src/integrations/catalogue-files.ts).
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CheckedCorpus } from '../lib/corpus';
import { ledgerAppendix, publishedPaths } from '../lib/permalinks';
import { contentRoot } from '../lib/read-content';
import { protocolsOf, refsOf } from '../lib/refs';

/**
 * Appends to the ledger file every path of `published` it does not hold yet, and returns them. It only
 * ever appends, so no line is lost, even when two builds write at once.
 */
export function updateLedger(ledgerFile: string, published: readonly string[]): string[] {
	const { text, added } = ledgerAppendix(existsSync(ledgerFile) ? readFileSync(ledgerFile, 'utf8') : undefined, published);
	if (text !== '') appendFileSync(ledgerFile, text);
	return added;
}

/**
 * `ATLAS_ALIAS_PAGES=off` writes no alias pages, leaving aliases to `_redirects` and the 404 page's
 * resolver (for hosts that cap the number of files: a 10,000-code catalogue has about 2.6 aliases per
 * code); unset or anything else, the default, writes them.
 */
export const aliasPagesFromEnv = (value: string | undefined): boolean => value !== 'off';

export function permalinkLedger(catalogue: CheckedCorpus): AstroIntegration {
	/** The project's ledger, when this build is of its real content; a synthetic catalogue's URLs were never published. */
	let ledgerFile: string | undefined;
	return {
		name: 'atlas:permalink-ledger',
		hooks: {
			'astro:config:done': ({ config }) => {
				const projectRoot = fileURLToPath(config.root);
				if (contentRoot(projectRoot) === resolve(projectRoot, 'content')) ledgerFile = join(projectRoot, 'permalinks.txt');
			},
			'astro:build:done': ({ logger }) => {
				if (!ledgerFile) return;
				const added = updateLedger(ledgerFile, publishedPaths(refsOf(catalogue), protocolsOf(catalogue)));
				if (added.length > 0) logger.info(`${added.length} new path(s) appended to permalinks.txt: commit them`);
			},
		},
	};
}
