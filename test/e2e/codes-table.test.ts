// The all-codes table in Chromium: filters, sorting, and state in the URL that survives a reload.
// /codes/ holds its first rows and fetches the others per protocol when a view needs them, marking
// the table busy meanwhile: each check waits for the table to settle before it reads the rows.
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

/** Waits until no rows are on their way. */
const settled = (on: Page = page) => on.locator('[data-code-table]:not([aria-busy])').first().waitFor();
const visibleCodes = async () => {
	await settled();
	return page.locator('table.code-table tbody tr:not([hidden]) th a').allTextContents();
};

describe('/codes/', () => {
	it('filtering by protocol M2M shows exactly its rows', async () => {
		await page.goto(`${site.url}/codes/`);
		await page.locator('select[name="protocol"]').selectOption('m2m');
		await settled();
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

	it('says so when a protocol’s rows cannot be fetched, and fetches them again when asked again', async () => {
		const context = await site.browser.newContext();
		const own = await context.newPage();
		let refused = 0;
		await own.route('**/codes/rows/m2m.json', (route) => {
			refused += 1;
			return route.fulfill({ status: 503, body: 'unavailable' });
		});
		await own.goto(`${site.url}/codes/`);
		await own.locator('select[name="protocol"]').selectOption('m2m');
		await settled(own);
		expect(refused).toBe(1);
		expect(await own.locator('.table-count').textContent()).toContain('Could not fetch every code');
		await own.unroute('**/codes/rows/m2m.json');
		await own.locator('select[name="protocol"]').selectOption('');
		await own.locator('select[name="protocol"]').selectOption('m2m');
		await settled(own);
		expect(await own.locator('table.code-table tbody tr:not([hidden])').count()).toBe(m2mCount);
		await context.close();
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
		await settled();
		const hrefs = await page.locator('table.code-table tbody tr:not([hidden]) th a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		const expected = catalogue.entries.filter(({ data }) => data.concepts.some((link) => link.id === 'version-mismatch')).map(({ file }) => `/${file.protocol}/${file.stem}/`);
		expect(hrefs.sort()).toEqual(expected.sort());
	});
});

describe('protocol tables', () => {
	it('filter and sort in place too', async () => {
		await page.goto(`${site.url}/stt/?retry=after-fix`);
		await settled();
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
		await settled();
		const actors = await page.locator('table.code-table tbody tr:not([hidden])').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.actor ?? ''));
		const expected = catalogue.entries.filter(({ data }) => data.action.actor.includes('peer')).length;
		expect(actors).toHaveLength(expected);
		for (const actor of actors) expect(actor.split(' ')).toContain('peer');
		const labels = await page.locator('form.table-filters label > span').allTextContents();
		expect(labels).toEqual(expect.arrayContaining(['Retry', 'Who acts']));
	});
});

describe('the first rows, and the rest on demand', () => {
	it('fetch nothing until a view needs more, then only the shards it needs', async () => {
		const fetched: string[] = [];
		const watched = await site.browser.newPage();
		watched.on('request', (request) => {
			if (request.url().includes('/codes/rows/')) fetched.push(new URL(request.url()).pathname);
		});
		await watched.goto(`${site.url}/codes/`);
		await settled(watched);
		const first = await watched.locator('table.code-table tbody tr:not([hidden])').count();
		expect(first).toBeLessThan(catalogue.entries.length);
		expect(await watched.locator('.table-count').textContent()).toBe(`Showing the first ${first} of ${catalogue.entries.length} codes`);
		expect(fetched).toEqual([]);
		await watched.locator('select[name="protocol"]').selectOption('twamp');
		await settled(watched);
		expect(fetched).toEqual(['/codes/rows/twamp.json']);
		await watched.getByRole('button', { name: `Show all ${catalogue.entries.length} codes` }).click();
		await settled(watched);
		await watched.locator('select[name="protocol"]').selectOption('');
		await settled(watched);
		expect(await watched.locator('table.code-table tbody tr:not([hidden])').count()).toBe(catalogue.entries.length);
		expect(await watched.locator('.table-more').isVisible()).toBe(false);
		expect(new Set(fetched).size).toBe(fetched.length);
		await watched.close();
	});
});

describe('without JavaScript', () => {
	it('/codes/ shows its first rows and links to every protocol table, each complete', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const plain = await context.newPage();
		await plain.goto(`${site.url}/codes/?protocol=m2m`);
		const shown = await plain.locator('table.code-table tbody tr:visible').count();
		expect(shown).toBeGreaterThan(0);
		expect(await plain.locator('form.table-filters').isVisible()).toBe(false);
		expect(await plain.locator('.table-more').isVisible()).toBe(false);
		const tables = await plain.locator('.codes-complete a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		let listed = 0;
		for (const table of tables) {
			await plain.goto(`${site.url}${table}`);
			listed += await plain.locator('table.code-table tbody tr:visible').count();
		}
		expect(listed).toBe(catalogue.entries.length);
		await context.close();
	});
});
