// /triage/ in Chromium: each situation holds its first codes; a protocol's rows, or every row, are
// fetched when the reader asks, and the protocol chosen lives in the URL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site';
import { catalogue } from '../support/catalogue';

const site = useSite();
const paths = (protocol?: string) => catalogue.entries.filter(({ file }) => !protocol || file.protocol === protocol).map(({ file }) => `/${file.protocol}/${file.stem}/`);
let page: Page;
let fetched: string[];

beforeEach(async () => {
	page = await site.browser.newPage();
	fetched = [];
	page.on('request', (request) => {
		if (request.url().includes('/triage/rows/')) fetched.push(new URL(request.url()).pathname);
	});
});
afterEach(async () => page.close());

/** Waits until no rows are on their way. */
const settled = () => page.locator('form.triage-filter:not([aria-busy])').waitFor();
const shownHrefs = async () => {
	await settled();
	return page.locator('.triage-table tbody tr:not([hidden]) th a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
};

describe('/triage/', () => {
	it('holds at most ten codes per situation and fetches nothing until asked', async () => {
		await page.goto(`${site.url}/triage/`);
		await settled();
		const perSituation = await page.locator('.triage-table tbody').evaluateAll((bodies) => bodies.map((body) => body.children.length));
		expect(Math.max(...perSituation)).toBeLessThanOrEqual(10);
		expect(new Set(await shownHrefs()).size).toBeLessThan(catalogue.entries.length);
		expect(fetched).toEqual([]);
	});

	it('fetches only the chosen protocol’s rows, shows every one of its codes, and keeps the choice in the URL', async () => {
		await page.goto(`${site.url}/triage/`);
		await page.locator('form.triage-filter select[name="protocol"]').selectOption('m2m');
		const hrefs = await shownHrefs();
		expect(fetched).toEqual(['/triage/rows/m2m.json']);
		expect(new Set(hrefs)).toEqual(new Set(paths('m2m')));
		expect(new URL(page.url()).searchParams.get('protocol')).toBe('m2m');
		await page.reload();
		expect(new Set(await shownHrefs())).toEqual(new Set(paths('m2m')));
	});

	it('shows every code when asked, each situation in its order, with no row twice', async () => {
		await page.goto(`${site.url}/triage/?protocol=dtp`);
		await settled();
		await page.getByRole('button', { name: 'Show every code' }).click();
		await page.locator('form.triage-filter select[name="protocol"]').selectOption('');
		const hrefs = await shownHrefs();
		expect(new Set(hrefs)).toEqual(new Set(paths()));
		const orders = await page.locator('.triage-table tbody').evaluateAll((bodies) => bodies.map((body) => [...body.children].map((row) => Number((row as HTMLElement).dataset.order))));
		for (const order of orders) expect(order).toEqual(order.map((_, index) => index));
		expect(await page.locator('.triage-more:visible').count()).toBe(0);
		expect(await page.getByRole('button', { name: 'Show every code' }).isVisible()).toBe(false);
	});
});

describe('/triage/ without JavaScript', () => {
	it('shows the first codes and links to every protocol’s complete table', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const plain = await context.newPage();
		await plain.goto(`${site.url}/triage/`);
		expect(await plain.locator('form.triage-filter').isVisible()).toBe(false);
		expect(await plain.locator('.triage-table tbody tr:visible').count()).toBeGreaterThan(0);
		const tables = await plain.locator('.triage-complete a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(tables.sort()).toEqual([...catalogue.protocols.keys()].map((id) => `/${id}/#all-codes`).sort());
		await context.close();
	});
});
