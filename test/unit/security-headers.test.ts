// securityHeaders(): `_headers` allows by hash every inline script of every page. It reads back the
// pages Astro wrote and the HTML of public/, except the pages whose scripts the render workers read as
// they rendered them (src/integrations/parallel-render.ts), whose scripts it is handed instead.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { scriptHash } from '../../src/lib/headers';
import { ScriptsRead } from '../../src/integrations/parallel-render';
import { securityHeaders } from '../../src/integrations/security-headers';

type Hook = (options: unknown) => Promise<void> | void;

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A built site of two pages and an HTML file copied from public/, each with its own inline script. */
function site() {
	const root = mkdtempSync(join(tmpdir(), 'atlas-headers-'));
	folders.push(root);
	const out = join(root, 'dist');
	const publicDir = join(root, 'public');
	const page = (path: string, script: string) => {
		mkdirSync(join(out, path), { recursive: true });
		writeFileSync(join(out, path, 'index.html'), `<!DOCTYPE html><html><head><script>${script}</script><script src="/a.js"></script></head></html>`);
		return pathToFileURL(join(out, path, 'index.html'));
	};
	const assets = new Map([['/[protocol]/[code]', [page('stt/0x0101', 'one()'), page('stt/0x0102', 'two()')]]]);
	mkdirSync(join(publicDir, 'demo'), { recursive: true });
	writeFileSync(join(publicDir, 'demo', 'index.html'), '<script>fromPublic()</script>');
	mkdirSync(join(out, 'demo'), { recursive: true });
	writeFileSync(join(out, 'demo', 'index.html'), '<script>fromPublic()</script>');
	return { out, publicDir, assets };
}

async function headersOf(built: ReturnType<typeof site>, scriptsRead?: ScriptsRead) {
	const lines: string[] = [];
	const integration = securityHeaders({ scriptsWrittenLater: ['later()'], ...(scriptsRead ? { scriptsRead } : {}) });
	const hooks = integration.hooks as Record<string, Hook>;
	await hooks['astro:config:done']!({ config: { publicDir: pathToFileURL(`${built.publicDir}/`) } });
	await hooks['astro:build:done']!({ dir: pathToFileURL(`${built.out}/`), assets: built.assets, logger: { info: (line: string) => lines.push(line) } });
	return { headers: readFileSync(join(built.out, '_headers'), 'utf8'), log: lines.join('\n') };
}

describe('securityHeaders', () => {
	it('allows the inline scripts of every page, of public/ and those written later, and no script with a src', async () => {
		const { headers, log } = await headersOf(site());
		for (const script of ['one()', 'two()', 'fromPublic()', 'later()']) expect(headers, script).toContain(scriptHash(script));
		expect(new Set(headers.match(/'sha256-[^']+'/g))).toHaveProperty('size', 4);
		expect(log).toContain('3 page(s) read');
	});

	it('takes the scripts the render workers read instead of reading their pages again', async () => {
		const built = site();
		const read = new ScriptsRead();
		read.pages.add('/stt/0x0101');
		read.scripts.add('fromWorker()');
		const { headers, log } = await headersOf(built, read);
		// The page's file is not read: its own script is known only through what the worker read.
		expect(headers).not.toContain(scriptHash('one()'));
		for (const script of ['fromWorker()', 'two()', 'fromPublic()', 'later()']) expect(headers, script).toContain(scriptHash(script));
		expect(log).toContain('2 page(s) read, 1 read by the render workers');
	});
});
