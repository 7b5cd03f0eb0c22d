// ATLAS_ALIAS_PAGES=off (for hosts that cap the number of files) drops the alias redirect pages and
// nothing else. The catalogue's files (src/lib/catalogue-files.ts) are the only writer of alias pages
// and of `_redirects`: what the build writes after the search index, written here with the switch on
// and off into empty folders, must be exactly the alias pages of the default build, or none of them,
// and the same `_redirects` either way; and the other files must not depend on the switch.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliasPagesFromEnv } from '../../src/integrations/permalinks';
import { loadCheckedCatalogue } from '../../src/integrations/catalogue';
import { writeSiteFiles } from '../../src/integrations/site-files';
import { batchesOf } from '../../src/lib/catalogue-files';
import { distRoot, filesUnder, projectRoot } from '../support/dist';

const work = mkdtempSync(join(tmpdir(), 'atlas-alias-pages-'));
const htmlFiles = (root: string): string[] => filesUnder(root).filter((file) => file.endsWith('.html'));
const isAliasPage = (root: string, file: string) => readFileSync(join(root, file), 'utf8').includes('http-equiv="refresh"');
const site = 'https://protocol-error-atlas.example';
const catalogue = loadCheckedCatalogue(projectRoot);

/** What the build writes after the search index with `aliasPages`, into an empty output folder. */
function writeWith(aliasPages: boolean): string {
	const out = join(work, aliasPages ? 'on' : 'off');
	mkdirSync(out);
	for (const { files } of batchesOf(catalogue, site, { aliasPages })['after-index']) writeSiteFiles(out, files);
	return out;
}

let on: string;
let off: string;
beforeAll(() => {
	on = writeWith(true);
	off = writeWith(false);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('ATLAS_ALIAS_PAGES', () => {
	it('is on unless set to "off"', () => {
		expect(aliasPagesFromEnv(undefined)).toBe(true);
		expect(aliasPagesFromEnv('on')).toBe(true);
		expect(aliasPagesFromEnv('off')).toBe(false);
	});

	it('on, the build writes exactly the alias pages of the default build after the index', () => {
		const aliasPages = htmlFiles(distRoot).filter((file) => isAliasPage(distRoot, file));
		expect(aliasPages.length, 'alias pages in the default build').toBeGreaterThan(100);
		expect(htmlFiles(on)).toEqual(aliasPages);
	});

	it('off, it writes no page at all, and the same `_redirects`', () => {
		expect(htmlFiles(off)).toEqual([]);
		expect(filesUnder(off)).toEqual(['_redirects']);
		expect(readFileSync(join(off, '_redirects'), 'utf8')).toBe(readFileSync(join(distRoot, '_redirects'), 'utf8'));
		expect(readFileSync(join(on, '_redirects'), 'utf8')).toBe(readFileSync(join(distRoot, '_redirects'), 'utf8'));
	});

	it('changes none of the files written with the pages', () => {
		const paths = (aliasPages: boolean) => batchesOf(catalogue, site, { aliasPages })['with-pages'].flatMap(({ files }) => [...files].map(({ path }) => path));
		const withOn = paths(true);
		expect(withOn.length).toBeGreaterThan(400);
		expect(paths(false)).toEqual(withOn);
		expect(withOn.filter((path) => path.endsWith('.html') && !path.startsWith('/embed/'))).toEqual([]);
	});
});
