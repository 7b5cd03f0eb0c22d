// The catalogue's own files (JSON API, twins, cards, alias pages, `_redirects`): `astro build` has a
// worker write them into a staging folder during the content sync and move them in after the build;
// anywhere else they are written on Astro's thread. Both ways must give the same files, in the same
// two batches, and a failure must fail the build rather than leave files out.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogueFiles, nodeStripsTypes } from '../../src/integrations/catalogue-files';
import { moveInto, writeSiteFiles } from '../../src/integrations/site-files';
import { batchesOf } from '../../src/lib/catalogue-files';
import { loadCatalogue } from '../../src/lib/read-content';
import { filesUnder, projectRoot } from '../support/dist';

const work = mkdtempSync(join(tmpdir(), 'atlas-catalogue-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fixture = loadCatalogue(join(projectRoot, 'test/fixtures/valid'), projectRoot);
const site = 'https://atlas.test';
const logged: string[] = [];
const logger = { info: (line: string) => logged.push(line) };

type Hook = (options: unknown) => unknown;
const hook = (integration: { hooks: object }, name: string) => (integration.hooks as Record<string, Hook>)[name]!;

/** A fresh output folder as Astro leaves it: its own pages already in the code folders. */
function outputFolder(name: string): string {
	const out = join(work, name);
	mkdirSync(join(out, 'demo/0x0001'), { recursive: true });
	writeFileSync(join(out, 'demo/0x0001/index.html'), '<p>Astro’s page</p>');
	return out;
}

/** Runs the two halves as `astro build` runs them (`command` is what Astro passes to config:setup). */
async function build(command: string, out: string, cacheDir: string, between?: () => void) {
	const { withPages, afterIndex } = catalogueFiles(fixture, { aliasPages: true });
	hook(withPages, 'astro:config:setup')({ command });
	hook(withPages, 'astro:config:done')({ config: { site, cacheDir: pathToFileURL(`${cacheDir}/`) } });
	const dir = pathToFileURL(`${out}/`);
	await hook(withPages, 'astro:build:done')({ dir, logger });
	between?.();
	await hook(afterIndex, 'astro:build:done')({ dir, logger });
}

const tree = (root: string) => Object.fromEntries(filesUnder(root).map((file) => [file, readFileSync(join(root, file), 'utf8')]));

describe('writeSiteFiles and moveInto', () => {
	it('refuses a path outside the site', () => {
		expect(() => writeSiteFiles(work, [{ path: '/../escape.txt', text: '' }])).toThrow('/../escape.txt');
		expect(() => writeSiteFiles(work, [{ path: 'relative.txt', text: '' }])).toThrow('relative.txt');
	});

	it('merges into folders that are there, keeping their files and replacing files of the same name', () => {
		const from = join(work, 'move-from');
		const to = join(work, 'move-to');
		writeSiteFiles(from, [
			{ path: '/stt/0x0101.md', text: 'twin' },
			{ path: '/stt/257/index.html', text: 'alias' },
			{ path: '/robots.txt', text: 'new' },
		]);
		writeSiteFiles(to, [
			{ path: '/stt/0x0101/index.html', text: 'page' },
			{ path: '/robots.txt', text: 'old' },
		]);
		moveInto(from, to);
		expect(tree(to)).toEqual({ 'robots.txt': 'new', 'stt/0x0101.md': 'twin', 'stt/0x0101/index.html': 'page', 'stt/257/index.html': 'alias' });
		expect(filesUnder(from)).toEqual([]);
	});
});

describe('catalogueFiles', () => {
	const expected = (batch: 'with-pages' | 'after-index') => batchesOf(fixture, site, { aliasPages: true })[batch].flatMap(({ files }) => [...files]);

	it('outside `astro build`, writes each batch on Astro’s thread at its own point', async () => {
		const out = outputFolder('in-thread');
		let betweenHalves: string[] = [];
		await build('sync', out, join(work, 'cache-in-thread'), () => (betweenHalves = filesUnder(out)));
		const withPages = expected('with-pages').map(({ path }) => path.slice(1));
		const afterIndex = expected('after-index').map(({ path }) => path.slice(1));
		expect(betweenHalves.filter((file) => afterIndex.includes(file))).toEqual([]);
		expect(filesUnder(out).sort()).toEqual([...withPages, ...afterIndex, 'demo/0x0001/index.html'].sort());
		for (const { path, text } of [...expected('with-pages'), ...expected('after-index')]) expect(readFileSync(join(out, path), 'utf8')).toBe(text);
	});

	it.runIf(nodeStripsTypes)('in `astro build`, a worker writes the same files, moves them in, and leaves no staging folder', async () => {
		const out = outputFolder('worker');
		const cache = join(work, 'cache-worker');
		let afterFirst: string[] = [];
		await build('build', out, cache, () => (afterFirst = readdirSync(cache)));
		expect(afterFirst.filter((name) => name.startsWith('atlas-files-'))).toHaveLength(1);
		expect(tree(out)).toEqual(tree(join(work, 'in-thread')));
		expect(readdirSync(cache)).toEqual([]);
		expect(logged.at(-1)).toMatch(/^\d+ alias pages, 1 redirects file \(_redirects\) written by a worker in \d+\.\d s, from the start of the content sync$/);
	});

	it.runIf(nodeStripsTypes)('fails the build when the files cannot be moved in', async () => {
		const notAFolder = join(work, 'a-file');
		writeFileSync(notAFolder, '');
		await expect(build('build', notAFolder, join(work, 'cache-failing'))).rejects.toThrow(/ENOTDIR|EEXIST|not a directory/);
		expect(existsSync(join(work, 'cache-failing')) ? readdirSync(join(work, 'cache-failing')) : []).toEqual([]);
	});

	it('fails when its second half runs without the first', async () => {
		const { afterIndex } = catalogueFiles(fixture, { aliasPages: true });
		await expect(Promise.resolve(hook(afterIndex, 'astro:build:done')({ dir: pathToFileURL(`${work}/`), logger }))).rejects.toThrow('withPages');
	});
});
