/** What a build wrote: files and bytes by folder, and the size of code pages and of their parts. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { gzipped, median } from './numbers';

export interface Tree {
	files: number;
	bytes: number;
}

/** Regular files and their bytes under a folder, hidden ones included (`fs.globSync` would leave those out). */
export function treeOf(folder: string): Tree {
	const tree = { files: 0, bytes: 0 };
	if (!existsSync(folder)) return tree;
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		tree.files += 1;
		tree.bytes += statSync(join(entry.parentPath, entry.name)).size;
	}
	return tree;
}

/** Every code page's path, from the content folder: `/<protocol>/<slug>/`. */
export function codePaths(contentRoot: string): string[] {
	const errors = join(contentRoot, 'errors');
	return readdirSync(errors)
		.sort()
		.flatMap((protocol) =>
			readdirSync(join(errors, protocol))
				.filter((name) => name.endsWith('.md') && !name.startsWith('_'))
				.sort()
				.map((name) => `/${protocol}/${name.slice(0, -3)}/`),
		);
}

export interface CodePages {
	count: number;
	sampled: number;
	medianRaw: number;
	medianGzip: number;
	/** The sampled page whose raw size is the median one: the page the browser measures load. */
	medianPage: string;
	/** Raw bytes of the median page's parts that grow with the catalogue. */
	parts: Record<'sidebar' | 'equivalents' | 'inline scripts' | 'main, equivalents included', number>;
}

/** What a built page's bytes go to: the sidebar (protocols × categories), the equivalents list (codes sharing a concept), scripts, content. */
function partsOf(html: string): CodePages['parts'] {
	const root = parse(html);
	const equivalents = root.querySelector('#equivalents');
	let equivalentBytes = equivalents?.outerHTML.length ?? 0;
	for (let next = equivalents?.nextElementSibling; next && next.tagName !== 'H2'; next = next.nextElementSibling) equivalentBytes += next.outerHTML.length;
	return {
		sidebar: root.querySelector('#starlight__sidebar')?.outerHTML.length ?? 0,
		equivalents: equivalentBytes,
		'inline scripts': root.querySelectorAll('script').reduce((sum, script) => sum + script.outerHTML.length, 0),
		'main, equivalents included': root.querySelector('main')?.outerHTML.length ?? 0,
	};
}

/** Raw and gzipped sizes of code pages, over an evenly spaced sample of at most 1,000 of them. */
export function codePagesOf(dist: string, paths: readonly string[]): CodePages {
	const step = Math.max(1, Math.ceil(paths.length / 1000));
	const sample = paths.filter((_path, i) => i % step === 0);
	const sizes = sample.map((path) => {
		const body = readFileSync(join(dist, path, 'index.html'));
		return { path, raw: body.length, gzip: gzipped(body) };
	});
	const byRaw = [...sizes].sort((a, b) => a.raw - b.raw);
	const medianPage = byRaw[Math.floor(byRaw.length / 2)]!.path;
	return {
		count: paths.length,
		sampled: sample.length,
		medianRaw: median(sizes.map((size) => size.raw)),
		medianGzip: median(sizes.map((size) => size.gzip)),
		medianPage,
		parts: partsOf(readFileSync(join(dist, medianPage, 'index.html'), 'utf8')),
	};
}
