// The all-codes table in Chromium: filters, sorting, and state in the URL that survives a reload.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site';
import { catalogue } from '../support/catalogue';

const site = useSite();
let page: Page;
const m2mCount = catalogue.entries.filter(({ file }) => file.protocol === 'm2m').length;

beforeAll(async () => {
	page = await site.browser.newPage();
});

const visibleCodes = () => page.locator('table.code-table tbody tr:not([hidden]) th a').allTextContents();

describe('/codes/', () => {
	it('filtering by protocol M2M shows exactly its rows', async () => {
		await page.goto(`${site.url}/codes/`);
		await page.locator('select[name="protocol"]').selectOption('m2m');
		const rows = page.locator('table.code-table tbody tr:not([hidden])');
		expect(await rows.count()).toBe(m2mCount);
		expect(m2mCount).toBe(67);
		expect(new Set(await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.protocol)))).toEqual(new Set(['m2m']));
		expect(await page.locator('.table-count').textContent()).toContain(`Showing ${m2mCount} of`);
	});

	it('sorts by code, both ways', async () => {
		await page.goto(`${site.url}/codes/?protocol=dtp`);
		await page.locator('th[data-sort="code"] button').click();
		const ascending = await visibleCodes();
		expect(ascending[0]).toBe('1001');
		expect(ascending.at(-1)).toBe('8002');
		await page.locator('th[data-sort="code"] button').click();
		expect((await visibleCodes())[0]).toBe('8002');
		expect(await page.locator('th[data-sort="code"]').getAttribute('aria-sort')).toBe('descending');
	});

	it('keeps filters, text and sort in the URL across a reload', async () => {
		await page.goto(`${site.url}/codes/`);
		await page.locator('select[name="protocol"]').selectOption('stt');
		await page.locator('input[name="q"]').fill('session');
		await page.locator('th[data-sort="name"] button').click();
		const before = await visibleCodes();
		expect(before.length).toBeGreaterThan(0);
		expect(page.url()).toContain('protocol=stt');
		expect(page.url()).toContain('q=session');
		await page.reload();
		expect(await page.locator('select[name="protocol"]').inputValue()).toBe('stt');
		expect(await page.locator('input[name="q"]').inputValue()).toBe('session');
		expect(await visibleCodes()).toEqual(before);
	});

	it('filters by concept across protocols', async () => {
		await page.goto(`${site.url}/codes/?concept=version-mismatch`);
		const hrefs = await page.locator('table.code-table tbody tr:not([hidden]) th a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		const expected = catalogue.entries.filter(({ data }) => data.concepts.some((link) => link.id === 'version-mismatch')).map(({ file }) => `/${file.protocol}/${file.stem}/`);
		expect(hrefs.sort()).toEqual(expected.sort());
	});
});

describe('protocol tables', () => {
	it('filter and sort in place too', async () => {
		await page.goto(`${site.url}/stt/?retry=after-fix`);
		const rows = page.locator('table.code-table tbody tr:not([hidden])');
		const values = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.retry));
		expect(values.length).toBeGreaterThan(0);
		expect(new Set(values)).toEqual(new Set(['after-fix']));
	});

	it('filter by who acts, labelled so, with the state in the URL', async () => {
		await page.goto(`${site.url}/codes/`);
		const select = page.getByLabel('Who acts');
		await select.selectOption('peer');
		await expect.poll(() => new URL(page.url()).searchParams.get('actor')).toBe('peer');
		const actors = await page.locator('table.code-table tbody tr:not([hidden])').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.actor ?? ''));
		const expected = catalogue.entries.filter(({ data }) => data.action.actor.includes('peer')).length;
		expect(actors).toHaveLength(expected);
		for (const actor of actors) expect(actor.split(' ')).toContain('peer');
		const labels = await page.locator('form.table-filters label > span').allTextContents();
		expect(labels).toEqual(expect.arrayContaining(['Retry', 'Who acts']));
	});
});

describe('without JavaScript', () => {
	it('every table is complete and the filters stay hidden', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const plain = await context.newPage();
		await plain.goto(`${site.url}/codes/?protocol=m2m`);
		expect(await plain.locator('table.code-table tbody tr:visible').count()).toBe(catalogue.entries.length);
		expect(await plain.locator('form.table-filters').isVisible()).toBe(false);
		await context.close();
	});
});
