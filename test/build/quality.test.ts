// Quality gates read from the built HTML: valid markup, page metadata, a crawl that reaches every
// page from the home page, and the CSP file; and malformed content that stops the build cleanly.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, distRoot, fileForPath, page } from '../support/dist';
import { catalogue, refs } from '../support/catalogue';
import { headersFor } from '../../src/lib/headers';
import { astroBuild } from '../../scripts/lib/astro-build';
import { invalidFixtures, materialiseFixture } from '../support/fixtures';

const pages = builtPages();
const isRedirect = (path: string) => page(path).querySelector('link[rel="canonical"][data-path]') !== null;
const contentPages = pages.filter((path) => !isRedirect(path));

describe('valid HTML', () => {
	it('every built page passes html-validate:standard with no errors', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const failures: string[] = [];
		for (const path of pages) {
			const report = await validator.validateFile(fileForPath(path)!);
			for (const result of report.results) {
				for (const message of result.messages) failures.push(`${path}: ${message.ruleId}: ${message.message}`);
			}
		}
		expect(failures).toEqual([]);
	}, 300_000);
});

/** For a pair page `/compare/<p>/<slug>/<p>/<slug>/`, the same pair with its protocols in their order. */
function pairCanonical(path: string): string | undefined {
	const parts = /^\/compare\/([^/]+)\/([^/]+)\/([^/]+)\/([^/]+)\/$/.exec(path);
	if (!parts) return undefined;
	const [, p1, s1, p2, s2] = parts;
	const order = (protocol: string) => catalogue.protocols.get(protocol)!.order;
	return order(p1!) <= order(p2!) ? path : `/compare/${p2}/${s2}/${p1}/${s1}/`;
}

describe('page metadata', () => {
	it.each(contentPages)('%s has a title, a description, a canonical link and OpenGraph tags', (path) => {
		const html = page(path);
		const title = html.querySelector('title')?.text.trim() ?? '';
		expect(title.length).toBeGreaterThan(5);
		expect(title).toContain('Protocol Error Atlas');
		expect(html.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0).toBeGreaterThan(20);
		// An embeddable card is a view of a code's page, and names that page as canonical; two codes side by
		// side name the order of their protocols as canonical.
		const canonicalPath = path.startsWith('/embed/') ? path.slice('/embed'.length) : (pairCanonical(path) ?? path);
		if (path !== '/404.html') {
			expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`^https?://[^/]+${canonicalPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
		}
		for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name']) {
			expect(html.querySelector(`meta[property="${property}"]`)?.getAttribute('content'), property).toBeTruthy();
		}
	});

	it('code pages name protocol, code and name in their title', () => {
		for (const ref of refs) {
			expect(page(`/${ref.protocol}/${ref.slug}/`).querySelector('title')?.text).toContain(`${ref.code} ${ref.name}`);
		}
	});
});

describe('a crawl from the home page', () => {
	it('reaches every page, and no code page is an orphan', () => {
		const seen = new Set<string>(['/']);
		const queue = ['/'];
		const broken: string[] = [];
		while (queue.length > 0) {
			const path = queue.shift()!;
			for (const anchor of page(path).querySelectorAll('a[href]')) {
				const href = anchor.getAttribute('href') ?? '';
				if (/^(?:[a-z]+:|\/\/|#)/i.test(href)) continue;
				const target = new URL(href, `http://site${path}`).pathname;
				if (!fileForPath(target)) {
					broken.push(`${path} → ${href}`);
					continue;
				}
				if (!seen.has(target) && target.endsWith('/')) {
					seen.add(target);
					queue.push(target);
				}
			}
		}
		expect(broken).toEqual([]);
		const unreached = contentPages.filter((path) => path.endsWith('/') && !seen.has(path));
		expect(unreached).toEqual([]);
		for (const ref of refs) expect(seen.has(`/${ref.protocol}/${ref.slug}/`), `${ref.protocol} ${ref.code}`).toBe(true);
	});
});

describe('_headers', () => {
	// What the host sends with every page.
	const headers = headersFor(readFileSync(join(distRoot, '_headers'), 'utf8'), '/');

	it('sets a Content-Security-Policy that allows no other origin and no unhashed inline script', () => {
		const policy = headers['Content-Security-Policy'] ?? '';
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("object-src 'none'");
		const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(scriptSrc).not.toMatch(/https?:/);
		expect(headers['X-Content-Type-Options']).toBe('nosniff');
	});

	it('allows by hash every inline script of every built page, alias redirect pages included', () => {
		const scriptSrc = (headers['Content-Security-Policy'] ?? '').split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
		const missing = new Set<string>();
		let checked = 0;
		for (const path of pages) {
			for (const script of page(path).querySelectorAll('script:not([src])')) {
				if (/json/.test(script.getAttribute('type') ?? '')) continue;
				checked += 1;
				const hash = `'sha256-${createHash('sha256').update(script.rawText, 'utf8').digest('base64')}'`;
				if (!scriptSrc.includes(hash)) missing.add(`${path}: ${script.rawText.slice(0, 60)}`);
			}
		}
		expect(pages.filter(isRedirect).length, 'alias pages among the checked').toBeGreaterThan(100);
		expect(checked).toBeGreaterThan(pages.length);
		expect([...missing]).toEqual([]);
	});
});

// Every invalid fixture is checked against the loader and formatter the build calls in
// test/unit/content-rules.test.ts; here a full build proves it stops, on one fixture of each stage the
// check has: a file that does not parse, a field the schema refuses, a link to a code that is not there,
// and a printed-output file that names a missing code.
const buildFixtures = ['bad-yaml', 'missing-field', 'related-missing', 'printed-code-missing'];

describe('malformed content', () => {
	it('the fixtures built here exist', () => {
		for (const fixture of buildFixtures) expect(invalidFixtures).toContain(fixture);
	});

	// The timeout counts the wait for the project's Astro lock (scripts/lib/astro-build.ts) behind other builds.
	it.each(buildFixtures)('%s stops the build, names the file and field, and leaves no site behind', (fixture) => {
		const work = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
		const outDir = join(work, 'dist');
		const content = materialiseFixture(fixture);
		const result = astroBuild({ outDir, env: { ATLAS_CONTENT_ROOT: content.root, ATLAS_CACHE_DIR: join(work, 'cache') } });
		content.remove();
		const leftBehind = existsSync(outDir);
		rmSync(work, { recursive: true, force: true });
		expect(result.status).not.toBe(0);
		const output = result.log;
		expect(output).toContain(`test/fixtures/invalid/${fixture}/`);
		expect(output).toMatch(/The content has \d+ problems?:/);
		expect(leftBehind).toBe(false);
	}, 300_000);
});
