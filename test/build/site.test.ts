// The real build, read as HTML: every entry has its page, every protocol table lists exactly its
// entries, every internal link resolves, and the sidebar never lists single codes.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, fileForPath, idsOf, page, projectRoot } from '../support/dist';
import { contentRoot, loadCatalogue } from '../../src/lib/read-content';
import { retryLabels } from '../../src/lib/action';

const { protocols, entries } = loadCatalogue(contentRoot(projectRoot, {}), projectRoot);
const pages = builtPages();
const entryPaths = entries.map(({ file }) => `/${file.protocol}/${file.stem}/`);

describe('code pages', () => {
	it.each(entries.map(({ file, data }) => [`/${file.protocol}/${file.stem}/`, data.code, data.name] as const))(
		'%s has an h1 with the code and its name',
		(path, code, name) => {
			const h1 = page(path).querySelector('h1');
			expect(h1?.text).toContain(code);
			expect(h1?.text).toContain(name);
		},
	);

	it('show the summary, the meaning and what to do now', () => {
		for (const { file, data } of entries) {
			const html = page(`/${file.protocol}/${file.stem}/`);
			const text = html.querySelector('main')?.text ?? '';
			expect(text, file.path).toContain(data.summary.replace(/`/g, ''));
			expect(html.querySelector('#meaning'), file.path).not.toBeNull();
			const panel = html.querySelector('.what-to-do');
			expect(panel, file.path).not.toBeNull();
			expect(panel!.text, file.path).toContain(retryLabels[data.action.retry]);
			expect(panel!.text, file.path).toContain(data.action.first.replace(/`/g, ''));
			for (const cause of data.causes) expect(text, file.path).toContain(cause.replace(/`/g, ''));
			for (const step of data.actions?.steps ?? []) expect(text, file.path).toContain(step.replace(/`/g, ''));
		}
	});

	it('mark every answer of the site’s own as such, and none of the source’s', () => {
		for (const { file, data } of entries) {
			const facts = page(`/${file.protocol}/${file.stem}/`).querySelectorAll('.action-facts > div');
			(['retry', 'actor', 'lost'] as const).forEach((field, position) => {
				const marked = facts[position]?.querySelector('.site-judgement') !== null;
				expect(marked, `${file.path}: ${field} stated by the source: ${data.action.stated.includes(field)}`).toBe(!data.action.stated.includes(field));
			});
		}
	});

	it('exist for no code that has no entry', () => {
		const codePages = pages.filter(
			(path) => protocols.has(path.split('/')[1] ?? '') && /^\/[^/]+\/[^/]+\/$/.test(path) && !page(path).querySelector('link[rel="canonical"][data-path]'),
		);
		expect(codePages.sort()).toEqual([...entryPaths].sort());
	});
});

describe('protocol pages', () => {
	it.each([...protocols.keys()])('/%s/ lists exactly its entries in its summary table', (id) => {
		const rows = page(`/${id}/`).querySelectorAll('table.code-table tbody tr');
		const linked = rows.map((row) => row.querySelector('a')?.getAttribute('href'));
		const expected = entries.filter(({ file }) => file.protocol === id).map(({ file }) => `/${id}/${file.stem}/`);
		expect(linked.sort()).toEqual(expected.sort());
		expect(new Set(linked).size).toBe(linked.length);
	});

	it.each([...protocols.keys()])('/%s/ keeps the spaces between its sentences and names (the HTML is compressed)', (id) => {
		const name = protocols.get(id)!.name;
		expect(page(`/${id}/`).querySelector('.protocol-stats')?.text.replace(/\s+/g, ' ')).toMatch(/ categor(?:y|ies)\. Source: \S.*\.$/);
		expect(page(`/${id}/`).querySelector('#code-format + p + p')?.text.replace(/\s+/g, ' ')).toContain(`. Every ${name} code on this site matches`);
	});

	it.each([...protocols.keys()])('/%s/ leads to its table of codes in one move, before the reference begins', (id) => {
		const html = page(`/${id}/`);
		const jump = html.querySelector('.page-jumps a[href="#all-codes"]');
		expect(jump, 'a link to the table before the first section').not.toBeNull();
		const content = html.querySelector('.sl-markdown-content')!.toString();
		expect(content.indexOf('href="#all-codes"')).toBeLessThan(content.indexOf('<h2'));
		for (const anchor of ['code-format', 'categories', 'error-carriers']) expect(html.querySelector(`.page-jumps a[href="#${anchor}"]`), anchor).not.toBeNull();
		expect(html.querySelector('#all-codes')).not.toBeNull();
	});

	it.each([...protocols.keys()])('/%s/ lists every category in its table of contents, each with its anchor', (id) => {
		const ids = idsOf(`/${id}/`);
		const tocLinks = page(`/${id}/`)
			.querySelectorAll('starlight-toc nav a')
			.map((a) => a.getAttribute('href'));
		for (const category of protocols.get(id)!.categories) {
			expect(ids.has(category.id), category.id).toBe(true);
			expect(tocLinks, category.id).toContain(`#${category.id}`);
		}
	});
});

describe('the home page', () => {
	it('shows each protocol with the number of its entry files', () => {
		const cards = page('/').querySelectorAll('.protocol-cards li');
		expect(cards).toHaveLength(protocols.size);
		for (const id of protocols.keys()) {
			const files = readdirSync(join(projectRoot, 'content/errors', id)).filter((name) => name.endsWith('.md'));
			const card = cards.find((li) => li.querySelector('a')?.getAttribute('href') === `/${id}/`);
			expect(card?.querySelector('.card-count')?.text).toBe(`${files.length} codes`);
		}
	});
});

describe('the sidebar', () => {
	it('lists every protocol and guide, never a single code or category', () => {
		for (const path of ['/', '/stt/', '/m2m/aeaderror-decryptionfailed/']) {
			const links = page(path)
				.querySelectorAll('nav[aria-label="Main"] a')
				.map((a) => a.getAttribute('href') ?? '');
			for (const id of protocols.keys()) expect(links, id).toContain(`/${id}/`);
			for (const link of links) expect(entryPaths, link).not.toContain(link.split('#')[0]);
			// The sidebar is on every page: it may grow with the protocols, not with their categories.
			expect(links.filter((link) => link.includes('#')), path).toEqual([]);
			for (const guide of readdirSync(join(projectRoot, 'content/guides'))) {
				expect(links, guide).toContain(`/guides/${guide.replace(/\.md$/, '')}/`);
			}
		}
	});
});

describe('links', () => {
	it('every internal link and fragment on every page resolves', () => {
		const broken: string[] = [];
		for (const path of pages) {
			for (const anchor of page(path).querySelectorAll('a[href]')) {
				const href = anchor.getAttribute('href') ?? '';
				if (/^(?:[a-z]+:|\/\/)/i.test(href)) continue;
				const target = new URL(href, `http://site${path}`);
				const targetPath = target.pathname;
				if (!fileForPath(targetPath)) {
					broken.push(`${path} → ${href}`);
					continue;
				}
				const fragment = decodeURIComponent(target.hash.slice(1));
				if (fragment && fragment !== '_top' && targetPath.endsWith('/') && !idsOf(targetPath).has(fragment)) {
					broken.push(`${path} → ${href} (no #${fragment})`);
				}
			}
		}
		expect(broken).toEqual([]);
	});
});
