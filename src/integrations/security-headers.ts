/**
 * After the build, hashes every inline script in every page and writes `_headers` with a
 * Content-Security-Policy that allows exactly those scripts and nothing from another origin.
 * It reads the pages Astro wrote and the HTML files of `public/`, but for the pages whose scripts the
 * render workers read as they rendered them (src/integrations/parallel-render.ts); scripts that later
 * integrations add are passed in.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { eachLimit } from './each-limit';
import { pageKey, type ScriptsRead } from './parallel-render';
import { contentSecurityPolicy, headersFile, inlineScripts, scriptHash } from '../lib/headers';

/** Every HTML file under `folder`, hidden folders included (`fs.glob` would leave those out). */
async function htmlFiles(folder: string): Promise<string[]> {
	if (!existsSync(folder)) return [];
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return entries.filter((entry) => !entry.isDirectory() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The HTML files of the built site: those Astro wrote, from its list of every route's files (rendered
 * or, in an incremental build, copied), and those copied from `public/`. Listing the output folder
 * instead read every entry of it, the search index's and the JSON API's too: at 10,000 codes that
 * walk cost four seconds of CPU while Pagefind was indexing.
 */
async function builtHtmlFiles(out: string, assets: ReadonlyMap<string, readonly URL[]>, publicDir: string | undefined): Promise<string[]> {
	const written = [...assets.values()].flat().map((url) => fileURLToPath(url)).filter((file) => file.endsWith('.html'));
	const copied = publicDir ? (await htmlFiles(publicDir)).map((file) => join(out, relative(publicDir, file))) : [];
	return [...new Set([...written, ...copied])];
}

export interface SecurityHeaderOptions {
	/**
	 * Inline scripts that integrations running after this one will write (the alias redirect pages'
	 * script): allowed without reading those pages back, which at 10,000 codes are 26,000 files.
	 */
	scriptsWrittenLater?: readonly string[];
	/**
	 * The scripts of the pages the render workers read as they rendered them, and which pages those are:
	 * their files are not read again. At 10,000 codes reading 19,500 pages back took a core for 11 s
	 * while Pagefind was indexing.
	 */
	scriptsRead?: ScriptsRead;
}

export function securityHeaders(options: SecurityHeaderOptions = {}): AstroIntegration {
	let publicDir: string | undefined;
	return {
		name: 'atlas:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				publicDir = fileURLToPath(config.publicDir);
			},
			'astro:build:done': async ({ dir, assets, logger }) => {
				const out = fileURLToPath(dir);
				// Most pages share the same few scripts: hash each distinct text once.
				const seen = new Set<string>([...(options.scriptsWrittenLater ?? []), ...(options.scriptsRead?.scripts ?? [])]);
				const read = options.scriptsRead?.pages ?? new Set<string>();
				const files = await builtHtmlFiles(out, assets, publicDir);
				const toRead = files.filter((file) => !read.has(pageKey(`/${relative(out, file).split(sep).join('/')}`)));
				await eachLimit(toRead, 32, async (file) => {
					for (const script of inlineScripts(await readFile(file, 'utf8'))) seen.add(script);
				});
				const hashes = new Set([...seen].map(scriptHash));
				await writeFile(join(out, '_headers'), headersFile(contentSecurityPolicy(hashes)));
				// The pages the workers wrote themselves are not in Astro's list: the workers read them all.
				logger.info(`_headers written: CSP allows ${hashes.size} inline script(s) by hash (${toRead.length} page(s) read${read.size > 0 ? `, ${read.size} read by the render workers as they rendered them` : ''})`);
			},
		},
	};
}
