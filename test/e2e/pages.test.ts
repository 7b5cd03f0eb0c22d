// Real Chromium against the built site on a plain static server: the protocol tables lead to the
// right code pages, and a code page back to its protocol. (Every page type rendering without an
// error: page-types.test.ts.)
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site';

const site = useSite();

async function openWatched(path: string): Promise<{ page: Page; problems: string[] }> {
	const page = await site.browser.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	await page.goto(site.url + path, { waitUntil: 'networkidle' });
	return { page, problems };
}

describe.concurrent('protocol tables lead to the code pages', () => {
	it.each(['stt', 'dtp', 'twamp', 'open-stream', 'm2m'])('/%s/: the first and the last row', async (protocol) => {
		const { page } = await openWatched(`/${protocol}/`);
		const links = page.locator('table.code-table tbody tr th a');
		const count = await links.count();
		expect(count).toBeGreaterThan(0);
		for (const index of [0, count - 1]) {
			const code = (await links.nth(index).textContent())?.trim() ?? '';
			await links.nth(index).click();
			await page.waitForLoadState('domcontentloaded');
			expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/${protocol}/[^/]+/$`));
			expect(await page.locator('h1').textContent()).toContain(code);
			await page.goBack();
		}
		await page.close();
	});
});

describe('the code page', () => {
	it('links back to its protocol and category', async () => {
		const { page } = await openWatched('/stt/0x0405_01/');
		await page.locator('nav.crumbs a', { hasText: 'Protocol errors' }).click();
		await page.waitForURL(/\/stt\/#protocol$/);
		expect(await page.locator('#protocol').isVisible()).toBe(true);
		await page.close();
	});
});
