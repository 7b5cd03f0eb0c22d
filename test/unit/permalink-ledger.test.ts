// A URL once published is kept for good. Every path in permalinks.txt must still be one the catalogue
// publishes (a code's page, a protocol's page or an alias), so a lost or renamed entry fails here,
// before any build; test/build/linking.test.ts then follows each path through the built site.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { permalinkLedger } from '../../src/integrations/permalinks';
import { ledgerAppendix, ledgerHeader, ledgerPaths, publishedPaths } from '../../src/lib/permalinks';
import { contentRoot, loadCatalogue } from '../../src/lib/read-content';
import { protocolsOf, refsOf } from '../../src/lib/refs';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const catalogue = loadCatalogue(contentRoot(projectRoot, {}), projectRoot);
const ledger = ledgerPaths(readFileSync(`${projectRoot}/permalinks.txt`, 'utf8'));

describe('the permalink ledger', () => {
	it('lists only paths the catalogue still publishes', () => {
		const published = new Set(publishedPaths(refsOf(catalogue), protocolsOf(catalogue)));
		expect(ledger.filter((path) => !published.has(path))).toEqual([]);
	});
});

describe('appending to the ledger', () => {
	const existing = '# comment\n/stt/\n/stt/0x0101/\n';

	it('appends only the paths it does not hold, in publishing order', () => {
		expect(ledgerAppendix(existing, ['/stt/', '/stt/0x0102/', '/stt/0x0101/', '/dtp/'])).toEqual({
			text: '/stt/0x0102/\n/dtp/\n',
			added: ['/stt/0x0102/', '/dtp/'],
		});
	});

	it('appends nothing when every path is there, even if the catalogue no longer publishes some', () => {
		expect(ledgerAppendix(existing, ['/stt/'])).toEqual({ text: '', added: [] });
	});

	it('starts a new line when the ledger lacks a final line break', () => {
		expect(ledgerAppendix('/stt/', ['/dtp/']).text).toBe('\n/dtp/\n');
	});

	it('opens a new ledger with its header', () => {
		expect(ledgerAppendix(undefined, ['/stt/']).text).toBe(`${[...ledgerHeader, '/stt/'].join('\n')}\n`);
	});
});

describe('the build', () => {
	const fixture = join(projectRoot, 'test/fixtures/valid');
	const logger = { info: () => {} };
	let work: string | undefined;

	/** Runs the permalinks integration's hooks as `astro build` does, for a project holding the valid fixture as its content. */
	async function build(ledgerText: string | undefined): Promise<string | undefined> {
		work = mkdtempSync(join(tmpdir(), 'atlas-ledger-'));
		cpSync(fixture, join(work, 'content'), { recursive: true });
		const ledgerFile = join(work, 'permalinks.txt');
		if (ledgerText !== undefined) writeFileSync(ledgerFile, ledgerText);
		const hooks = permalinkLedger(loadCatalogue(join(work, 'content'), work)).hooks as Record<string, (options: unknown) => unknown>;
		hooks['astro:config:done']!({ config: { root: pathToFileURL(`${work}/`) } });
		await hooks['astro:build:done']!({ logger });
		return existsSync(ledgerFile) ? readFileSync(ledgerFile, 'utf8') : undefined;
	}

	afterEach(() => {
		vi.unstubAllEnvs();
		if (work) rmSync(work, { recursive: true, force: true });
	});

	it('of the real content appends what it newly publishes and keeps every line, even one it no longer publishes', async () => {
		vi.stubEnv('ATLAS_CONTENT_ROOT', '');
		const ledger = await build('# header\n/demo/0x0001/\n/demo/gone/\n');
		const lines = ledger!.split('\n');
		expect(lines.slice(0, 3)).toEqual(['# header', '/demo/0x0001/', '/demo/gone/']);
		expect(lines).toContain('/demo/0x0002/');
		expect(lines.filter((line) => line === '/demo/0x0001/')).toHaveLength(1);
	});

	it('of another content folder (ATLAS_CONTENT_ROOT) leaves the ledger alone', async () => {
		vi.stubEnv('ATLAS_CONTENT_ROOT', fixture);
		expect(await build('/demo/0x0001/\n')).toBe('/demo/0x0001/\n');
	});
});
