/** Reads the built site in `dist/`: its pages as parsed HTML, and the paths they link to. */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const distRoot = join(projectRoot, 'dist');
/** The log of the build that wrote dist/ for this test run (test/support/build-once.ts). */
export const testBuildLog = join(projectRoot, 'test-results/test-site-build.log');

/** Every file under `root` (hidden ones included), as `/`-separated paths relative to it, sorted. */
export function filesUnder(root: string): string[] {
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** Every HTML file in dist, as site paths (`/stt/0x0101/`, `/404.html`). */
export function builtPages(): string[] {
	return filesUnder(distRoot)
		.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
		.map((file) => (file.endsWith('/index.html') || file === 'index.html' ? '/' + file.slice(0, -'index.html'.length) : '/' + file))
		.sort();
}

const cache = new Map<string, HTMLElement>();

/** The parsed HTML of a site path. */
export function page(path: string): HTMLElement {
	let parsed = cache.get(path);
	if (!parsed) {
		const file = fileForPath(path);
		if (!file) throw new Error(`no built page for ${path}`);
		parsed = parse(readFileSync(file, 'utf8'));
		cache.set(path, parsed);
	}
	return parsed;
}

/** The file a plain static host would serve for a path, or undefined when it would serve the 404 page. */
export function fileForPath(path: string): string | undefined {
	const decoded = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
	const direct = join(distRoot, decoded);
	if (!direct.startsWith(distRoot)) return undefined;
	if (existsSync(direct) && statSync(direct).isFile()) return direct;
	const index = join(direct, 'index.html');
	if (decoded.endsWith('/') && existsSync(index)) return index;
	return undefined;
}

/** The ids of every element of a page, for checking `#fragment` links. */
export function idsOf(path: string): Set<string> {
	return new Set(page(path).querySelectorAll('[id]').map((element) => element.getAttribute('id') ?? ''));
}
