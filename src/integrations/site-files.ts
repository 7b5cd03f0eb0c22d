/**
 * Writing many small files into a folder, and moving a folder's files into the built site: the two
 * halves of src/integrations/catalogue-files.ts, shared by its worker thread and its fallback on
 * Astro's thread. Synchronous on purpose: at 10,000 codes these are 55,000 files, and one thread
 * making plain system calls writes them several times faster than promises that each wait on
 * libuv's pool.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SiteFile } from '../lib/catalogue-files';

/** Writes each file under `root` (its path taken from the site's root), making folders as needed; returns how many. */
export function writeSiteFiles(root: string, files: Iterable<SiteFile>): number {
	const made = new Set<string>();
	let count = 0;
	for (const { path, text } of files) {
		if (!path.startsWith('/') || path.split('/').includes('..')) throw new Error(`${path}: a site file's path must start at the site's root`);
		const file = join(root, path);
		const folder = dirname(file);
		if (!made.has(folder)) {
			mkdirSync(folder, { recursive: true });
			made.add(folder);
		}
		writeFileSync(file, text);
		count += 1;
	}
	return count;
}

/**
 * Moves everything under `from` into `to`, merging into folders that are already there (the site's
 * `/stt/` holds Astro's pages and receives the twins and alias folders) and replacing files of the
 * same name. A rename each, so a move within one file system costs no copying.
 */
export function moveInto(from: string, to: string): void {
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		const source = join(from, entry.name);
		const target = join(to, entry.name);
		if (entry.isDirectory() && existsSync(target) && statSync(target).isDirectory()) {
			moveInto(source, target);
			continue;
		}
		try {
			renameSync(source, target);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
			// Another file system: copy, then remove.
			cpSync(source, target, { recursive: true, force: true });
			rmSync(source, { recursive: true, force: true });
		}
	}
}
