// The keyboard reaching and working the lookup, the comparison matrix and the code tables, in real
// Chromium. (axe runs on every page type in page-types.test.ts.)
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site';

// The server sends each path what the built _headers file gives it, CSP included, as the host does.
const site = useSite();

describe('keyboard', () => {
	it('reaches the lookup field, and the results open with Enter', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/lookup/`);
		let reached = false;
		for (let press = 0; press < 40 && !reached; press += 1) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(() => document.activeElement?.id === 'lookup-q');
		}
		expect(reached).toBe(true);
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');
		// Typed a key at a time, the text is answered as it grows: an answer to "Error c" can be on screen
		// before the whole line's. The live region is busy from the last key until its answer is shown.
		await page.keyboard.type('Error code: 0x0302');
		await page.locator('#lookup-results[aria-busy="false"] a').first().waitFor();
		expect(await page.locator('#lookup-results a').first().getAttribute('href')).toBe('/stt/0x0302/');
		await page.locator('#lookup-results a').first().focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/stt\/0x0302\/$/);
		await page.close();
	});

	it('reaches the matrix’s code links with Tab, focus visible, and opens a folded cell with Enter', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${site.url}/compare/`);
		// Start just before the matrix: the first Tab lands on its first concept, the next on its first code.
		await page.locator('#matrix').evaluate((heading) => {
			heading.setAttribute('tabindex', '-1');
			(heading as HTMLElement).focus();
		});
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => ({ href: document.activeElement?.getAttribute('href'), outline: getComputedStyle(document.activeElement!).outlineStyle }));
		expect(focused.href).toMatch(/^\/[a-z-]+\/[^/]+\/$/);
		expect(focused.outline).not.toBe('none');
		const fold = page.locator('.concept-matrix details.heat-more').first();
		const hidden = fold.locator('li a').first();
		expect(await hidden.isVisible()).toBe(false);
		await fold.locator('summary').focus();
		await page.keyboard.press('Enter');
		await hidden.waitFor({ state: 'visible' });
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('details')?.open)).toBe(true);
		await page.close();
	});

	it('sorts the code table from its headers without a mouse, with focus visible', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/codes/?protocol=twamp`);
		const button = page.locator('th[data-sort="code"] button');
		await button.focus();
		expect(await button.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Enter');
		// /codes/ fetches the protocol's rows first; the table is busy until they are in.
		await page.locator('[data-code-table]:not([aria-busy])').waitFor();
		expect(await page.locator('th[data-sort="code"]').getAttribute('aria-sort')).toBe('descending');
		expect(await page.locator('table.code-table tbody tr:not([hidden]) th a').first().textContent()).toBe('5');
		await page.close();
	});
});
