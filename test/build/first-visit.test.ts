// What a first-time visitor meets in the built HTML: a home page that keeps its promises, a JSON API that
// can be found, code pages whose sections link to themselves and whose facts fold on a phone, tables that
// can stack into cards, and pages that still work without JavaScript.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distRoot, page } from '../support/dist';
import { refs } from '../support/catalogue';
import { entrySectionIds } from '../../src/lib/catalogue';

const samplePages = ['/', '/codes/', '/stt/', '/stt/0x0101/', '/m2m/aeaderror-decryptionfailed/', '/lookup/', '/404.html', '/guides/linking/'];
const noscripts = (path: string) => page(path).querySelectorAll('noscript').map((element) => element.innerHTML);

describe('the home page', () => {
	it('is titled once, not "Protocol Error Atlas | Protocol Error Atlas"', () => {
		expect(page('/').querySelectorAll('title').map((title) => title.text)).toEqual(['Protocol Error Atlas']);
	});

	it('has a paste box that sends the text to /lookup/ with no script at all', () => {
		const form = page('/').querySelector('form.home-lookup');
		expect(form?.getAttribute('action')).toBe('/lookup/');
		expect(form?.getAttribute('method')).toBe('get');
		const box = form?.querySelector('textarea[name="q"]');
		expect(box).not.toBeNull();
		expect(form?.querySelector(`label[for="${box?.getAttribute('id')}"]`)).not.toBeNull();
		expect(form?.querySelector('button[type="submit"]')).not.toBeNull();
	});

	it('labels each cell of the code-format table, so it can stack into cards on a phone', () => {
		const table = page('/').querySelector('table.stack-narrow');
		expect(table).not.toBeNull();
		const cells = table!.querySelectorAll('tbody td');
		expect(cells.length).toBeGreaterThan(0);
		expect(cells.filter((cell) => !cell.getAttribute('data-label'))).toEqual([]);
	});
});

describe('the JSON API', () => {
	it('has its own guide, which links to the files', () => {
		const guide = page('/guides/json-api/');
		expect(guide.querySelector('h1')?.text).toMatch(/JSON API/);
		const hrefs = guide.querySelectorAll('a').map((link) => link.getAttribute('href'));
		expect(hrefs).toContain('/api/v1/codes.json');
		expect(existsSync(join(distRoot, 'api/v1/codes.json'))).toBe(true);
	});

	it('is linked from the home page, from /codes/ and from the footer of every page', () => {
		const inContent = (path: string) => page(path).querySelectorAll('.sl-markdown-content a').map((link) => link.getAttribute('href'));
		expect(inContent('/')).toContain('/guides/json-api/');
		expect(inContent('/codes/')).toContain('/guides/json-api/');
		for (const path of samplePages) {
			expect(page(path).querySelector('nav.site-footer a[href="/guides/json-api/"]'), path).not.toBeNull();
		}
	});
});

describe('code pages', () => {
	// Every heading of the entry, whoever writes it: the sections of the page model (Causes, Recovery…),
	// the headings inside them (a scenario, an implementation), and those of the entry's own Markdown body.
	it.each(refs.map((ref) => [`/${ref.protocol}/${ref.slug}/`] as const))('%s: every heading links to itself', (path) => {
		const content = page(path).querySelector('.sl-markdown-content')!;
		const headings = content.querySelectorAll('h2, h3');
		expect(headings.filter((heading) => heading.tagName === 'H2' && (entrySectionIds as readonly string[]).includes(heading.id)).length).toBeGreaterThan(2);
		const ids = headings.map((heading) => heading.id);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index), `${path}: headings that share an id`).toEqual([]);
		for (const heading of headings) {
			const where = `${path}: ${heading.tagName} "${heading.text}"`;
			expect(heading.id, where).not.toBe('');
			const link = heading.parentNode?.querySelector(`:scope > a.section-link[href="#${heading.id}"]`);
			expect(link, where).not.toBeNull();
			// The link's name says where it goes; the heading keeps its own words as its name.
			expect(link?.text, where).toContain(heading.text);
			expect(heading.querySelector('a'), where).toBeNull();
		}
	});

	it('fold their facts under one line that a phone closes as the page is read', () => {
		for (const path of ['/stt/0x0101/', '/m2m/aeaderror-decryptionfailed/']) {
			const details = page(path).querySelector('details.facts-details');
			expect(details?.hasAttribute('open'), path).toBe(true);
			expect(details?.querySelector('summary')?.text, path).toMatch(/Facts/);
			expect(details?.querySelector('dl.facts'), path).not.toBeNull();
			expect(details?.querySelector('.copy-link'), path).not.toBeNull();
			const script = details?.nextElementSibling;
			expect(script?.tagName, path).toBe('SCRIPT');
			expect(script?.text, path).toMatch(/matchMedia\('\(max-width: 50rem\)'\)[\s\S]*\.open = false/);
		}
	});

	it('link from the answer to the steps, when there are steps', () => {
		const html = page('/stt/0x0101/');
		const link = html.querySelector('.what-to-do .steps-link a');
		expect(link?.getAttribute('href')).toBe('#what-to-do');
		expect(html.querySelector('#what-to-do')).not.toBeNull();
	});

	it('announce "Copied." politely', () => {
		const status = page('/stt/0x0101/').querySelector('.copy-link + .copy-status');
		expect(status?.getAttribute('role')).toBe('status');
		expect(status?.getAttribute('aria-live')).toBe('polite');
	});
});

describe('tables of codes', () => {
	it('label every cell, so each row can become a card', () => {
		for (const path of ['/codes/', '/stt/', '/m2m/']) {
			const cells = page(path).querySelectorAll('table.code-table tbody td');
			expect(cells.length, path).toBeGreaterThan(0);
			expect(cells.filter((cell) => !cell.getAttribute('data-label')).length, path).toBe(0);
		}
	});
});

describe('without JavaScript', () => {
	it('the header offers a link to /codes/ instead of a search button that cannot work', () => {
		for (const path of samplePages) {
			const inNoscript = noscripts(path).join('\n');
			expect(inNoscript, path).toMatch(/<a class="no-script-search" href="\/codes\/">/);
			expect(inNoscript, path).toContain('<link rel="stylesheet" href="/no-script.css">');
		}
	});

	it('the theme follows the system: a light stylesheet for prefers-color-scheme: light', () => {
		for (const path of samplePages) expect(noscripts(path).join('\n'), path).toContain('<link rel="stylesheet" href="/no-script.css">');
		const css = readFileSync(join(distRoot, 'no-script.css'), 'utf8');
		expect(css).toMatch(/site-search\s*\{\s*display:\s*none/);
		expect(css).toMatch(/@media \(prefers-color-scheme: light\)/);
		expect(css).toMatch(/--sl-color-black:\s*hsl\(0, 0%, 100%\)/);
	});

	it('the 404 page shows its plain links at once, and the lookup falls back to /codes/', () => {
		const notFound = page('/404.html');
		expect(notFound.querySelectorAll('#browse ~ ul a[href$="/#all-codes"]').length).toBe(new Set(refs.map((ref) => ref.protocol)).size);
		expect(noscripts('/lookup/').join('\n')).toContain('href="/codes/"');
	});
});
