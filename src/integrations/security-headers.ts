/**
 * After the build, hashes every inline script in every page and writes `_headers` with a
 * Content-Security-Policy that allows exactly those scripts and nothing from another origin.
 * It reads the pages written before it runs; scripts that later integrations add are passed in.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { eachLimit } from './each-limit';
import { contentSecurityPolicy, headersFile, inlineScripts, scriptHash } from '../lib/headers';

/** Every HTML page under `folder`, hidden folders included (`fs.glob` would leave those out). */
async function htmlFiles(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return entries.filter((entry) => !entry.isDirectory() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

export interface SecurityHeaderOptions {
	/**
	 * Inline scripts that integrations running after this one will write (the alias redirect pages'
	 * script): allowed without reading those pages back, which at 10,000 codes are 26,000 files.
	 */
	scriptsWrittenLater?: readonly string[];
}

export function securityHeaders(options: SecurityHeaderOptions = {}): AstroIntegration {
	return {
		name: 'atlas:security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				// Most pages share the same few scripts: hash each distinct text once.
				const seen = new Set<string>(options.scriptsWrittenLater);
				await eachLimit(await htmlFiles(out), 32, async (file) => {
					for (const script of inlineScripts(await readFile(file, 'utf8'))) seen.add(script);
				});
				const hashes = new Set([...seen].map(scriptHash));
				await writeFile(join(out, '_headers'), headersFile(contentSecurityPolicy(hashes)));
				logger.info(`_headers written: CSP allows ${hashes.size} inline script(s) by hash`);
			},
		},
	};
}
