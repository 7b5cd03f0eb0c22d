// What a first-time visitor does in the first minute: search and fall through to the lookup, move through
// results from the keyboard, open search with "/", sort a table, copy a link, and read the site on a phone
// or without JavaScript.
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useSite } from '../support/site';
import { search } from '../support/search';

const site = useSite();
const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function open(path: string, options: BrowserContextOptions = { viewport: { width: 1280, height: 900 } }): Promise<{ page: Page; close: () => Promise<void> }> {
	const context = await site.browser.newContext(options);
	const page = await context.newPage();
	await page.goto(`${site.url}${path}`);
	return { page, close: () => context.close() };
}

const offer = '#starlight__search .search-lookup-offer';
const resultLinks = '#starlight__search a.pagefind-ui__result-link';
const focusedHref = (page: Page) => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? document.activeElement?.className ?? '');

describe('the search dialog', () => {
	it('offers the lookup for a pasted line and for a query that finds nothing, and not for a code', async () => {
		const { page, close } = await open('/');
		const line = 'CRITICAL ERROR CODE 2 in <<Session Accept>>';
		await search(page, line);
		await expect.poll(() => page.locator(offer).isVisible()).toBe(true);
		expect(await page.locator(`${offer} a`).getAttribute('href')).toBe(`/lookup/?q=${encodeURIComponent(line)}`);
		await search(page, 'zqxvbnm');
		await expect.poll(() => page.locator(offer).isVisible()).toBe(true);
		expect(await page.locator(`${offer} a`).getAttribute('href')).toBe('/lookup/?q=zqxvbnm');
		await search(page, '0x0101');
		await expect.poll(() => page.locator(offer).isVisible()).toBe(false);
		await close();
	});

	it('moves between the search box and the results with the arrow keys', async () => {
		const { page, close } = await open('/');
		const hits = await search(page, 'timeout');
		expect(hits.length).toBeGreaterThan(1);
		const hrefs = await page.locator(resultLinks).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		await page.locator('#starlight__search .pagefind-ui__search-input').focus();
		await page.keyboard.press('ArrowDown');
		expect(await focusedHref(page)).toBe(hrefs[0]);
		await page.keyboard.press('ArrowDown');
		expect(await focusedHref(page)).toBe(hrefs[1]);
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await focusedHref(page)).toContain('pagefind-ui__search-input');
		await close();
	});

	it('shows the first result on a phone without scrolling past the filters', async () => {
		const { page, close } = await open('/', phone);
		await search(page, 'session');
		const top = await page.locator('#starlight__search .pagefind-ui__result').first().evaluate((result) => result.getBoundingClientRect().top);
		expect(top).toBeLessThan(844 - 80);
		await close();
	});
});
