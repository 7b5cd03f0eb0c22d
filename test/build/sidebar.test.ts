// The sidebar marks the page a reader is on, and only that page, on every built page. Its tree of
// links is rendered once per state and reused across pages (src/components/overrides/Sidebar.astro):
// a state remembered for one page and shown on another would mark the wrong page, or none.
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath } from '../support/dist';

/** Each built page with a sidebar, and the sidebar's tree of links. */
const sidebars = builtPages().flatMap((path) => {
	const html = readFileSync(fileForPath(path)!, 'utf8');
	const start = html.indexOf('<sl-sidebar-state-persist');
	if (start === -1) return [];
	const end = html.indexOf('</sl-sidebar-state-persist>', start);
	return [{ path, tree: parse(html.slice(start, end)) }];
});

describe('the sidebar', () => {
	it('is on every page of the site', () => {
		for (const path of ['/', '/stt/', '/stt/0x0101/', '/codes/', '/compare/', '/guides/urls/']) expect(sidebars.map((page) => page.path), path).toContain(path);
		expect(sidebars.length).toBeGreaterThan(150);
	});

	it('marks the link to the page itself as current, and no other', () => {
		let pagesInSidebar = 0;
		for (const { path, tree } of sidebars) {
			const links = tree.querySelectorAll('a[href]');
			const own = links.filter((link) => link.getAttribute('href') === path).map((link) => link.getAttribute('href'));
			const current = links.filter((link) => link.getAttribute('aria-current') === 'page').map((link) => link.getAttribute('href'));
			expect(current, path).toEqual(own);
			if (own.length > 0) pagesInSidebar += 1;
		}
		// The protocol pages and the guides, at least.
		expect(pagesInSidebar).toBeGreaterThanOrEqual(9);
	});

	it('opens the group that holds the current page', () => {
		for (const { path, tree } of sidebars) {
			for (const group of tree.querySelectorAll('details')) {
				if (group.querySelector('a[aria-current="page"]')) expect(group.hasAttribute('open'), `${path}: ${group.querySelector('summary')?.text.trim()}`).toBe(true);
			}
		}
	});
});
