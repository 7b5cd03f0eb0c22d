// ATLAS_ALIAS_PAGES=off (for hosts that cap the number of files) drops the alias redirect pages and
// nothing else. The permalinks integration is the only writer of alias pages and of `_redirects`, and
// no other integration reads the switch: its end-of-build step, run here with the switch on and off
// into empty folders, must write exactly the alias pages of the default build, or none of them, and
// the same `_redirects` either way.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliasPagesFromEnv, permalinks } from '../../src/integrations/permalinks';
import { loadCheckedCatalogue } from '../../src/integrations/catalogue';
import { distRoot, filesUnder, projectRoot } from '../support/dist';

const work = mkdtempSync(join(tmpdir(), 'atlas-alias-pages-'));
const htmlFiles = (root: string): string[] => filesUnder(root).filter((file) => file.endsWith('.html'));
const isAliasPage = (root: string, file: string) => readFileSync(join(root, file), 'utf8').includes('http-equiv="refresh"');

type Hooks = Required<AstroIntegration['hooks']>;
const quiet = { info: () => undefined, warn: () => undefined } as unknown as Parameters<Hooks['astro:build:done']>[0]['logger'];

/** The integration's end-of-build step with `aliasPages`, into an empty output folder. A temp root keeps the ledger out of it. */
async function writeWith(aliasPages: boolean): Promise<string> {
	const out = join(work, aliasPages ? 'on' : 'off');
	mkdirSync(out);
	const integration = permalinks(loadCheckedCatalogue(projectRoot), { aliasPages });
	const hooks = integration.hooks as Hooks;
	await hooks['astro:config:done']({ config: { site: 'https://protocol-error-atlas.example', root: pathToFileURL(`${work}/`) } } as unknown as Parameters<Hooks['astro:config:done']>[0]);
	await hooks['astro:build:done']({ dir: pathToFileURL(`${out}/`), logger: quiet } as unknown as Parameters<Hooks['astro:build:done']>[0]);
	return out;
}

let on: string;
let off: string;
beforeAll(async () => {
	on = await writeWith(true);
	off = await writeWith(false);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('ATLAS_ALIAS_PAGES', () => {
	it('is on unless set to "off"', () => {
		expect(aliasPagesFromEnv(undefined)).toBe(true);
		expect(aliasPagesFromEnv('on')).toBe(true);
		expect(aliasPagesFromEnv('off')).toBe(false);
	});

	it('on, the integration writes exactly the alias pages of the default build', () => {
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
});
