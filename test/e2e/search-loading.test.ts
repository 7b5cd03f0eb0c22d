// Pagefind's UI is the heaviest script of a page: it must load when the reader reaches for search, and
// reaching for search in any of the ways the button offers must still end in a working search box.
import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { useSite } from '../support/site';

const site = useSite();

/** Opens the page and collects the URLs of the scripts it requests from then on. */
async function open(path: string): Promise<{ page: Page; scripts: string[]; close: () => Promise<void> }> {
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const scripts: string[] = [];
	page.on('request', (request: Request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto(`${site.url}${path}`);
	await page.waitForLoadState('networkidle');
	// Past two idle periods: Starlight's idle callback, which used to load the UI here, has run by then,
	// and any request it made has been seen.
	await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
	return { page, scripts, close: () => context.close() };
}

const isPagefindUi = (path: string) => /\/_astro\/ui-core\.[\w-]+\.js$/.test(path);
const input = '#starlight__search .pagefind-ui__search-input';

describe("Pagefind's UI", () => {
	it('is not fetched by a code page that is only read', async () => {
		const { scripts, close } = await open('/stt/0x0101/');
		expect(scripts.length, 'the page loads some scripts').toBeGreaterThan(0);
		expect(scripts.filter(isPagefindUi)).toEqual([]);
		await close();
	});

	it('is fetched when the pointer reaches the search button, before any click', async () => {
		const { page, scripts, close } = await open('/stt/0x0101/');
		await page.locator('site-search button[data-open-modal]').hover();
		await expect.poll(() => scripts.filter(isPagefindUi).length).toBe(1);
		await close();
	});

	it('opens with Ctrl+K straight into a focused search box that finds codes', async () => {
		const { page, close } = await open('/dtp/1001/');
		await page.keyboard.press('Control+k');
		await page.locator(input).waitFor();
		await expect.poll(() => page.evaluate((selector) => document.activeElement === document.querySelector(selector), input)).toBe(true);
		await page.keyboard.type('0x0101');
		// Results for a part of the text ("0x01") may show first; the answer to the whole of it follows.
		const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
		await expect.poll(() => first.getAttribute('href', { timeout: 100 }).catch(() => ''), { timeout: 30_000 }).toContain('/stt/0x0101');
		await close();
	});

	it('works from a tap on a narrow screen', async () => {
		const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const page = await context.newPage();
		await page.goto(`${site.url}/twamp/`);
		await page.locator('site-search button[data-open-modal]').tap();
		await page.locator(input).waitFor();
		await page.locator(input).fill('3');
		await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
		await context.close();
	});
});
