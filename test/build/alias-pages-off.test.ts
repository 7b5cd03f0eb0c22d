// ATLAS_ALIAS_PAGES=off (for hosts that cap the number of files) drops the alias redirect pages and
// nothing else: the same pages, the same `_redirects`, the same resolver index for the 404 page.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuildOrThrow } from '../../scripts/lib/astro-build';
import { distRoot, filesUnder } from '../support/dist';

const work = mkdtempSync(join(tmpdir(), 'atlas-no-alias-'));
const outDir = join(work, 'out');

const htmlFiles = (root: string): string[] => filesUnder(root).filter((file) => file.endsWith('.html'));
const isAliasPage = (root: string, file: string) => readFileSync(join(root, file), 'utf8').includes('http-equiv="refresh"');

beforeAll(() => {
	astroBuildOrThrow('alias-pages-off', { outDir, env: { ATLAS_ALIAS_PAGES: 'off', ATLAS_CACHE_DIR: join(work, 'cache') } });
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build with ATLAS_ALIAS_PAGES=off', () => {
	it('writes every page of the default build except the alias pages', () => {
		const full = htmlFiles(distRoot);
		const aliasPages = full.filter((file) => isAliasPage(distRoot, file));
		expect(aliasPages.length, 'alias pages in the default build').toBeGreaterThan(100);
		expect(htmlFiles(outDir)).toEqual(full.filter((file) => !aliasPages.includes(file)));
	});

	it('keeps every redirect in `_redirects` and the resolver index the 404 page reads', () => {
		for (const file of ['_redirects', 'resolver-index.json', '404.html']) {
			expect(existsSync(join(outDir, file)), file).toBe(true);
		}
		expect(readFileSync(join(outDir, '_redirects'), 'utf8')).toBe(readFileSync(join(distRoot, '_redirects'), 'utf8'));
		expect(readFileSync(join(outDir, 'resolver-index.json'), 'utf8')).toBe(readFileSync(join(distRoot, 'resolver-index.json'), 'utf8'));
	});
});
