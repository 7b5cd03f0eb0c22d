/**
 * An integration that writes files into the built site once Astro is done, knowing the site's origin:
 * the shape shared by the Markdown twins and the embeddable cards, which are files, not routes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

export interface AfterBuild {
	/** The built site's folder on disk. */
	out: string;
	/** The site's origin (`site` in the Astro config). */
	site: string;
	logger: AstroIntegrationLogger;
}

export function writeAfterBuild(name: string, write: (build: AfterBuild) => Promise<void>): AstroIntegration {
	let site = 'https://example.invalid';
	return {
		name,
		hooks: {
			'astro:config:done': ({ config }) => {
				if (config.site) site = config.site;
			},
			'astro:build:done': async ({ dir, logger }) => write({ out: fileURLToPath(dir), site, logger }),
		},
	};
}

/** Writes `text` to `file`, making its folder first. */
export async function writeFileIn(file: string, text: string): Promise<void> {
	await mkdir(dirname(file), { recursive: true });
	await writeFile(file, text);
}
