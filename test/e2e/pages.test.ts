// Real Chromium against the built site on a plain static server: the protocol tables lead to the
// right code pages, and a code page back to its protocol. (Every page type rendering without an
// error: page-types.test.ts; every link of every page leading somewhere: the crawl in
// test/build/quality.test.ts.)
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site';

const site = useSite();

describe('protocol tables lead to the code pages', () => {
	it.each(['stt', 'dtp', 'twamp', 'open-stream', 'm2m'])('/%s/: the first and the last row', async (protocol) => {
		let page = await site.open(`/${protocol}/`);
		const links = () => page.locator('table.code-table tbody tr th a');
		const count = await links().count();
		expect(count).toBeGreaterThan(0);
		for (const index of [0, count - 1]) {
			if (index > 0) page = await site.open(`/${protocol}/`);
			const code = (await links().nth(index).textContent())?.trim() ?? '';
			await links().nth(index).click();
			await page.waitForURL(new RegExp(`/${protocol}/[^/]+/$`), { waitUntil: 'domcontentloaded' });
			expect(await page.locator('h1').textContent()).toContain(code);
		}
	});
});

describe('the code page', () => {
	it('links back to its protocol and category', async () => {
		const page = await site.open('/stt/0x0405_01/');
		await page.locator('nav.crumbs a', { hasText: 'Protocol errors' }).click();
		await page.waitForURL(/\/stt\/#protocol$/);
		expect(await page.locator('#protocol').isVisible()).toBe(true);
	});
});
