// Every published URL keeps resolving: canonical pages, alias pages, _redirects, the permalink
// ledger, and the link snippets of the linking guide in TypeScript, Python and Rust.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distRoot, fileForPath, page, projectRoot } from '../support/dist';
import { refs } from '../support/catalogue';
import { errorUrl } from '../../src/lib/link';
import { resolvePath, type ResolverIndex } from '../../src/lib/resolve';
import { ShardedIndex, type ShardedCore } from '../../src/lib/resolver-shards';
import { uniqueSpellingsOf } from '../../src/lib/spellings';

const builtIndex = JSON.parse(readFileSync(join(distRoot, 'resolver-index.json'), 'utf8')) as ResolverIndex;

/** The index as the 404 page reads it: the core and the pieces the build wrote under its folder, all at hand. */
const builtPieces = (() => {
	const core = JSON.parse(readFileSync(join(distRoot, 'resolver', 'core.json'), 'utf8')) as ShardedCore;
	const pieces = new ShardedIndex(core);
	const folder = join(distRoot, 'resolver', core.build);
	for (const file of readdirSync(folder)) pieces.add(file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(folder, file), 'utf8')));
	return pieces;
})();
const canonicalPaths = new Set(refs.map((ref) => `/${ref.protocol}/${ref.slug}/`));

/** Where a plain static host leaves the reader: through redirect pages, else through the 404 resolver. */
function finalPath(path: string): { path: string | undefined; via: 'page' | 'redirect page' | '404 resolver' } {
	if (fileForPath(path)) {
		const target = page(path).querySelector('link[rel="canonical"][data-path]')?.getAttribute('data-path');
		return target ? { path: fileForPath(target) ? target : undefined, via: 'redirect page' } : { path, via: 'page' };
	}
	const resolution = resolvePath(builtPieces, path);
	if (!builtPieces.complete) throw new Error(`the 404 resolver lacks pieces for ${path}: ${[...builtPieces.needed].join(', ')}`);
	return { path: resolution.best && fileForPath(resolution.best.path) ? resolution.best.path : undefined, via: '404 resolver' };
}

describe('the permalink ledger', () => {
	const lines = readFileSync(join(projectRoot, 'permalinks.txt'), 'utf8').split('\n');
	const paths = lines.filter((line) => line !== '' && !line.startsWith('#'));

	it('reaches the same codes through the pieces the build wrote as through its whole index', () => {
		for (const path of paths) expect(resolvePath(builtPieces, path), path).toEqual(resolvePath(builtIndex, path));
	});

	it('holds each path once', () => {
		expect(paths.length).toBe(new Set(paths).size);
	});

	it('every path in it still resolves to a page', () => {
		const broken = paths.filter((path) => finalPath(path).path === undefined);
		expect(broken).toEqual([]);
	});

	it('holds every path the site now publishes (run `npm run ledger` to add new ones)', () => {
		const ledger = new Set(paths);
		const published = [...canonicalPaths, ...readFileSync(join(distRoot, '_redirects'), 'utf8').split('\n').filter((line) => line.startsWith('/') && !line.includes('*')).map((line) => decodeURI(line.split(' ')[0]!))];
		expect(published.filter((path) => !ledger.has(path))).toEqual([]);
	});
});

describe('every spelling a code page lists', () => {
	it('is the list the page shows', () => {
		const shown = page('/stt/0x0101/').querySelectorAll('.spellings code').map((code) => code.text);
		expect(shown).toEqual(uniqueSpellingsOf(refs.find((ref) => ref.slug === '0x0101')!, refs).filter((s) => s !== '0x0101'));
	});

	it.each(refs.map((ref) => [`/${ref.protocol}/${ref.slug}/`, ref] as const))('leads to %s', (canonical, ref) => {
		for (const spelling of uniqueSpellingsOf(ref, refs)) {
			expect(finalPath(`/${ref.protocol}/${spelling}/`).path, spelling).toBe(canonical);
		}
	});
});

describe('alias pages', () => {
	const redirects = readFileSync(join(distRoot, '_redirects'), 'utf8').split('\n').filter((line) => line.startsWith('/'));

	it('are noindex, canonical to their target, and the target exists', () => {
		const aliasPaths = redirects.map((line) => decodeURI(line.split(' ')[0]!)).filter((path) => !path.includes('*') && fileForPath(path));
		expect(aliasPaths.length).toBeGreaterThan(refs.length);
		for (const path of aliasPaths) {
			const html = page(path);
			const target = html.querySelector('link[rel="canonical"]')?.getAttribute('data-path');
			expect(html.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBe('noindex');
			expect(canonicalPaths.has(target ?? '') || /^\/[a-z0-9-]+\/$/.test(target ?? ''), `${path} → ${target}`).toBe(true);
			expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\/[^/]+\//);
		}
	});

	it('_redirects sends every alias to an existing page with a 301, within the limits hosts accept', () => {
		const statics = redirects.filter((line) => !line.includes('*'));
		const splats = redirects.filter((line) => line.includes('*'));
		expect(statics.length).toBeLessThanOrEqual(2000);
		expect(splats.length).toBeLessThanOrEqual(100);
		const sources = redirects.map((line) => line.split(' ')[0]!);
		expect(new Set(sources).size).toBe(sources.length);
		for (const line of redirects) {
			const [source, target, status] = line.split(' ');
			expect(status, line).toBe('301');
			if (!line.includes('*')) expect(fileForPath(target!), line).toBeDefined();
			// A host that ignores case must never see a rule for a canonical page: it would loop.
			expect(canonicalPaths.has(decodeURI(source!).toLowerCase()), line).toBe(false);
		}
	});
});

/** The code spellings a program is likely to hold, for every entry. */
const programSpellings = refs.flatMap((ref) => {
	const forms = [ref.code];
	const callForm = ref.signature !== undefined && /^[\w:]+\(.*\)$/.test(ref.signature);
	if (ref.kind === 'error-variant') forms.push(`M2MError::${ref.code}`, ...(callForm ? [ref.signature!] : []));
	if (ref.kind === 'crypto-error-variant') forms.push(ref.signature ?? ref.code);
	return forms.map((code) => ({ protocol: ref.protocol, code, canonical: `/${ref.protocol}/${ref.slug}/` }));
});

describe('the link template', () => {
	it('errorUrl gives, for every code as a program holds it, a URL a static host resolves without JavaScript', () => {
		for (const { protocol, code, canonical } of programSpellings) {
			const path = new URL(errorUrl(protocol, code)).pathname;
			const resolved = finalPath(decodeURIComponent(path));
			expect(resolved, `${protocol} ${code} → ${path}`).toEqual({ path: canonical, via: path === canonical ? 'page' : 'redirect page' });
		}
	});

	const guide = readFileSync(join(projectRoot, 'content/guides/linking.md'), 'utf8');
	const snippet = (title: string) => new RegExp('```\\w+ title="' + title + '"\\n([\\s\\S]*?)```').exec(guide)?.[1] ?? '';
	const inputs = programSpellings.map(({ protocol, code }) => `${protocol}\t${code}`).join('\n');
	const expected = programSpellings.map(({ protocol, code }) => errorUrl(protocol, code));
	const work = mkdtempSync(join(tmpdir(), 'atlas-link-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('the Python snippet builds the same URLs', () => {
		writeFileSync(join(work, 'error_link.py'), snippet('error_link.py'));
		const driver = 'import sys\nfrom error_link import error_url\nfor line in sys.stdin.read().split("\\n"):\n    p, c = line.split("\\t")\n    print(error_url(p, c))\n';
		const output = execFileSync('python3', ['-c', driver], { cwd: work, input: inputs, encoding: 'utf8' });
		expect(output.trim().split('\n')).toEqual(expected);
	});

	const rustc = spawnSync('rustc', ['--version']).status === 0;
	it.skipIf(!rustc)('the Rust snippet builds the same URLs', () => {
		const main = '\nfn main() {\n    use std::io::Read;\n    let mut input = String::new();\n    std::io::stdin().read_to_string(&mut input).unwrap();\n    for line in input.split(\'\\n\') {\n        let (p, c) = line.split_once(\'\\t\').unwrap();\n        println!("{}", error_url(p, c, "https://protocol-error-atlas.example"));\n    }\n}\n';
		writeFileSync(join(work, 'error_link.rs'), snippet('error_link.rs') + main);
		execFileSync('rustc', ['--edition', '2021', '-O', '-o', join(work, 'error_link'), join(work, 'error_link.rs')], { stdio: 'pipe' });
		const output = execFileSync(join(work, 'error_link'), { input: inputs, encoding: 'utf8' });
		expect(output.trim().split('\n')).toEqual(expected);
	}, 120_000);
});
