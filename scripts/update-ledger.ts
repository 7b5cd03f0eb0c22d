/**
 * Appends to permalinks.txt every URL the site now publishes that the ledger does not hold yet.
 * It never removes or reorders a line: a URL, once published, is kept for good. A production build of
 * content/ does the same at its end; this does it without a build.
 * Usage: npm run ledger
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCheckedCatalogue } from '../src/integrations/catalogue';
import { updateLedger } from '../src/integrations/permalinks';
import { ledgerPaths, publishedPaths } from '../src/lib/permalinks';
import { protocolsOf, refsOf } from '../src/lib/refs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const ledgerFile = fileURLToPath(new URL('../permalinks.txt', import.meta.url));
const catalogue = loadCheckedCatalogue(projectRoot, {});
const published = publishedPaths(refsOf(catalogue), protocolsOf(catalogue));

const added = updateLedger(ledgerFile, published);
console.log(`${added.length} new path(s) added; the ledger holds ${ledgerPaths(readFileSync(ledgerFile, 'utf8')).length}.`);
