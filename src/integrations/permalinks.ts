/**
 * After the build, writes what a plain static host needs for every spelling of a code to lead to its
 * page: a redirect page per alias folder, and `_redirects` with real 301s for hosts that read it.
 * A build of the real content also appends the paths it newly publishes to the ledger, `permalinks.txt`.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CheckedCorpus } from '../lib/corpus';
import { eachLimit } from './each-limit';
import { aliasesOf, ledgerAppendix, publishedPaths, redirectPage, redirectsFile } from '../lib/permalinks';
import { contentRoot } from '../lib/read-content';
import { protocolsOf, refsOf } from '../lib/refs';

export interface PermalinkOptions {
	/**
	 * Write a redirect page for each alias (default). Off, only `_redirects` and the 404 page's resolver
	 * lead an alias to its code: for hosts that cap the number of files, as a 10,000-code catalogue has
	 * about 2.6 aliases per code.
	 */
	aliasPages?: boolean;
}

/**
 * Appends to the ledger file every path of `published` it does not hold yet, and returns them. It only
 * ever appends, so no line is lost, even when two builds write at once.
 */
export function updateLedger(ledgerFile: string, published: readonly string[]): string[] {
	const { text, added } = ledgerAppendix(existsSync(ledgerFile) ? readFileSync(ledgerFile, 'utf8') : undefined, published);
	if (text !== '') appendFileSync(ledgerFile, text);
	return added;
}

/** `ATLAS_ALIAS_PAGES=off` writes no alias pages; unset or anything else, the default, writes them. */
export const aliasPagesFromEnv = (value: string | undefined): boolean => value !== 'off';

export function permalinks(catalogue: CheckedCorpus, options: PermalinkOptions = {}): AstroIntegration {
	const aliasPages = options.aliasPages ?? true;
	let site = 'https://example.invalid';
	/** The project's ledger, when this build is of its real content; a synthetic catalogue's URLs were never published. */
	let ledgerFile: string | undefined;
	return {
		name: 'atlas:permalinks',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (config.site) site = config.site;
				const projectRoot = fileURLToPath(config.root);
				if (contentRoot(projectRoot) === resolve(projectRoot, 'content')) ledgerFile = join(projectRoot, 'permalinks.txt');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const refs = refsOf(catalogue);
				const protocols = protocolsOf(catalogue);
				const aliases = aliasesOf(refs, protocols);
				const byTarget = new Map(refs.map((ref) => [`/${ref.protocol}/${ref.slug}/`, ref]));
				const pages = aliasPages ? aliases.filter((alias) => alias.staticPage) : [];
				const folders = new Set(pages.map((alias) => dirname(join(out, alias.path, 'index.html'))));
				await eachLimit(folders, 32, async (folder) => void (await mkdir(folder, { recursive: true })));
				await eachLimit(pages, 32, async (alias) => {
					const ref = byTarget.get(alias.target);
					const label = ref ? `${ref.code} ${ref.name}` : alias.target;
					await writeFile(join(out, alias.path, 'index.html'), redirectPage(alias.target, site, label));
				});
				await writeFile(join(out, '_redirects'), redirectsFile(aliases, protocols));
				logger.info(`${pages.length} alias pages and ${aliases.length} redirects written`);
				if (ledgerFile) {
					const added = updateLedger(ledgerFile, publishedPaths(refs, protocols));
					if (added.length > 0) logger.info(`${added.length} new path(s) appended to permalinks.txt: commit them`);
				}
			},
		},
	};
}
