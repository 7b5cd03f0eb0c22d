// What a first-time visitor does in the first minute: search and fall through to the lookup, move through
// results from the keyboard, open search with "/", sort a table, copy a link, and read the site on a phone
// or without JavaScript.
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useSite } from '../support/site';
import { search } from '../support/search';

const site = useSite();
const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
/** The tests run one after another, each in the open page for its kind of screen (`site.open`). */
const open = (path: string, options: BrowserContextOptions = desktop): Promise<Page> => site.open(path, options);

const offer = '#starlight__search .search-lookup-offer';
const resultLinks = '#starlight__search a.pagefind-ui__result-link';
const focusedHref = (page: Page) => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? document.activeElement?.className ?? '');

describe('the search dialog', () => {
	it('offers the lookup for a pasted line and for a query that finds nothing, and not for a code', async () => {
		const page = await open('/');
		const line = 'CRITICAL ERROR CODE 2 in <<Session Accept>>';
		await search(page, line);
		await expect.poll(() => page.locator(offer).isVisible()).toBe(true);
		expect(await page.locator(`${offer} a`).getAttribute('href')).toBe(`/lookup/?q=${encodeURIComponent(line)}`);
		await search(page, 'zqxvbnm');
		await expect.poll(() => page.locator(offer).isVisible()).toBe(true);
		expect(await page.locator(`${offer} a`).getAttribute('href')).toBe('/lookup/?q=zqxvbnm');
		await search(page, '0x0101');
		await expect.poll(() => page.locator(offer).isVisible()).toBe(false);
	});

	it('moves between the search box and the results with the arrow keys', async () => {
		const page = await open('/');
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
	});

	// "json" alone also names an M2M code (M2MError::Json) and fills the titles of codes about malformed
	// JSON; "api" fills the titles of codes about API keys. A reader who types either wants the guide.
	it.each(['json', 'api', 'JSON API'])('finds the JSON API first when asked for it: "%s"', async (query) => {
		const page = await open('/');
		const hits = await search(page, query);
		expect(hits[0]?.url, `top hits: ${hits.slice(0, 3).map((hit) => hit.url).join(', ')}`).toBe('/guides/json-api/');
		// The topic that ranks it is not shown as a tag under the result.
		expect(await page.locator('#starlight__search .pagefind-ui__result').first().locator('.pagefind-ui__result-tag').allTextContents()).toEqual([]);
	});

	it('shows the first result on a phone without scrolling past the filters', async () => {
		const page = await open('/', phone);
		await search(page, 'session');
		const top = await page.locator('#starlight__search .pagefind-ui__result').first().evaluate((result) => result.getBoundingClientRect().top);
		expect(top).toBeLessThan(844 - 80);
	});
});

describe('the keyboard', () => {
	it('"/" opens the search dialog, as the home page says, but not while typing in a box', async () => {
		const page = await open('/');
		await page.locator('#home-lookup-q').focus();
		await page.keyboard.press('/');
		expect(await page.locator('#home-lookup-q').inputValue()).toBe('/');
		expect(await page.locator('site-search dialog').evaluate((dialog: HTMLDialogElement) => dialog.open)).toBe(false);
		await page.locator('h1').click();
		await page.keyboard.press('/');
		await page.locator('#starlight__search .pagefind-ui__search-input').waitFor();
		await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__search-input'))).toBe(true);
	});
});

describe('sorting a table of codes', () => {
	const codes = (page: Page) => page.locator('table.code-table tbody tr:not([hidden]) th a').allTextContents();

	it('shows the order the table is already in, and turns it round on the first press', async () => {
		const page = await open('/stt/');
		const header = page.locator('th[data-sort="code"]');
		await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
		const before = await codes(page);
		await header.locator('button').click();
		expect(await header.getAttribute('aria-sort')).toBe('descending');
		expect(await codes(page)).toEqual([...before].reverse());
	});

	it('changes what is seen on the first press of any column', async () => {
		const page = await open('/stt/');
		for (const key of ['name', 'category', 'summary', 'retry']) {
			await page.goto(`${site.url}/stt/`);
			const before = { rows: await codes(page), arrows: await page.locator('th[aria-sort]').evaluateAll((cells) => cells.map((cell) => `${cell.getAttribute('data-sort')}:${cell.getAttribute('aria-sort')}`)) };
			await page.locator(`th[data-sort="${key}"] button`).click();
			const after = { rows: await codes(page), arrows: await page.locator('th[aria-sort]').evaluateAll((cells) => cells.map((cell) => `${cell.getAttribute('data-sort')}:${cell.getAttribute('aria-sort')}`)) };
			expect(after, key).not.toEqual(before);
			expect(after.arrows, key).toEqual([`${key}:${after.arrows[0]?.split(':')[1]}`]);
		}
	});
});

describe('copying a code’s link', () => {
	it('says "Copied." in a live region, clear of the button', async () => {
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
		const page = await context.newPage();
		await page.goto(`${site.url}/stt/0x0101/`);
		const button = page.locator('.copy-link');
		await button.click();
		const status = page.locator('.copy-status');
		await expect.poll(() => status.textContent()).toBe('Copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/stt\/0x0101\/$/);
		// On the button's line, a gap after it; or on a line of its own below it.
		const place = await page.evaluate(() => {
			const text = document.createRange();
			text.selectNodeContents(document.querySelector('.copy-status')!);
			const status = text.getBoundingClientRect();
			const button = document.querySelector('.copy-link')!.getBoundingClientRect();
			return { below: status.top >= button.bottom - 1, gap: status.left - button.right };
		});
		if (!place.below) expect(place.gap).toBeGreaterThanOrEqual(4);
		await context.close();
	});
});

describe('on a phone', () => {
	it('a code page leads with the summary and what to do; the facts are one tap away', async () => {
		const page = await open('/stt/0x0101/', phone);
		const facts = page.locator('dl.facts');
		expect(await facts.isVisible()).toBe(false);
		expect(await page.locator('.what-to-do').evaluate((box) => box.getBoundingClientRect().top)).toBeLessThan(844);
		// The section with the steps begins within about a screen and a half.
		expect(await page.locator('#what-to-do').evaluate((heading) => heading.getBoundingClientRect().top)).toBeLessThan(844 * 1.5);
		await page.locator('details.facts-details > summary').click();
		expect(await facts.isVisible()).toBe(true);
	});

	it('a table of codes is a list of cards no wider than the screen, with the sort buttons above', async () => {
		const page = await open('/codes/', phone);
		const card = page.locator('table.code-table tbody tr').first();
		const box = await card.boundingBox();
		expect(box!.width).toBeLessThanOrEqual(390);
		const code = await card.locator('th').boundingBox();
		const summary = await card.locator('td.summary').boundingBox();
		expect(summary!.y).toBeGreaterThan(code!.y);
		expect(summary!.x).toBeLessThanOrEqual(code!.x + 1);
		expect(await card.locator('td.summary').evaluate((cell) => getComputedStyle(cell, '::before').content)).toContain('Summary');
		expect(await page.locator('th[data-sort="code"] button').isVisible()).toBe(true);
	});
});

describe('sort buttons', () => {
	it('never put their arrow on a line of its own', async () => {
		for (const options of [desktop, phone]) {
			const page = await open('/codes/', options);
			const strays = await page.locator('.sort-button').evaluateAll((buttons) =>
				buttons.flatMap((button) => {
					// The label's own lines against the button's: an arrow alone adds a line below the label.
					const range = document.createRange();
					range.selectNodeContents(button);
					const labelLines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
					const buttonLines = Math.round(button.getBoundingClientRect().height / parseFloat(getComputedStyle(button).lineHeight));
					return buttonLines > labelLines ? [`${button.textContent}: ${buttonLines} lines, label ${labelLines}`] : [];
				}),
			);
			expect(strays).toEqual([]);
		}
	});
});

describe('without JavaScript', () => {
	const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const lightness = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((sum, value) => sum + value, 0) / 3;

	it('follows the system’s light or dark setting, and shows a link in place of the search button', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await open('/stt/0x0101/', { ...desktop, javaScriptEnabled: false, colorScheme });
			const shade = lightness(await background(page));
			if (colorScheme === 'light') expect(shade).toBeGreaterThan(200);
			else expect(shade).toBeLessThan(60);
			expect(await page.locator('site-search').isVisible()).toBe(false);
			expect(await page.locator('a.no-script-search').getAttribute('href')).toBe('/codes/');
			expect(await page.locator('a.no-script-search').isVisible()).toBe(true);
		}
	});
});
