/**
 * Appends to permalinks.txt every URL the site now publishes that the ledger does not hold yet.
 * It never removes or reorders a line: a URL, once published, is kept for good.
 * Usage: npm run ledger
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCheckedCatalogue } from '../src/integrations/catalogue';
import { publishedPaths } from '../src/lib/permalinks';
import { protocolsOf, refsOf } from '../src/lib/refs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const ledgerFile = fileURLToPath(new URL('../permalinks.txt', import.meta.url));
const catalogue = loadCheckedCatalogue(projectRoot, {});
const published = publishedPaths(refsOf(catalogue), protocolsOf(catalogue));

const header = [
	'# Every URL path this site has published: canonical pages and the spellings that lead to them.',
	'# Append-only. `npm run ledger` adds new ones; never delete or edit a line. A test fails when any',
	'# path here stops resolving in the built site.',
];
const existing = existsSync(ledgerFile) ? readFileSync(ledgerFile, 'utf8').split('\n').filter((line) => line !== '') : header;
const known = new Set(existing.filter((line) => !line.startsWith('#')));
const added = published.filter((path) => !known.has(path));
writeFileSync(ledgerFile, `${[...existing, ...added].join('\n')}\n`);
console.log(`${added.length} new path(s) added; the ledger holds ${known.size + added.length}.`);
