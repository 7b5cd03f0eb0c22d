// Links printed by software, in every spelling, end on the code's page — on a plain static host,
// through alias pages or the 404 page's resolver — and /lookup/ finds codes in pasted messages.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site';

const site = useSite();
let page: Page;

beforeAll(async () => {
	page = await site.browser.newPage();
});

async function landsOn(path: string): Promise<string> {
	await page.goto(site.url + path);
	await page.waitForFunction(() => document.querySelector('h1')?.textContent !== 'Page not found' && !/\/404/.test(location.pathname), null, { timeout: 10_000 }).catch(() => undefined);
	await page.waitForLoadState('domcontentloaded');
	return new URL(page.url()).pathname;
}

describe('spellings resolve to the canonical page', () => {
	it.each([
		['/stt/0X0101/', '/stt/0x0101/'],
		['/open-stream/INVALID_NDJSON/', '/open-stream/invalid_ndjson/'],
		['/stt/CONNECTION_TIMEOUT/', '/stt/0x0101/'],
		['/stt/connection-timeout/', '/stt/0x0101/'],
		['/stt/connection_timeout/', '/stt/0x0101/'],
		['/dtp/DECRYPTION_FAILED/', '/dtp/2001/'],
		['/twamp/not-supported/', '/twamp/3/'],
		['/stt/257/', '/stt/0x0101/'],
		['/stt/0x101/', '/stt/0x0101/'],
		['/twamp/03/', '/twamp/3/'],
		['/stt/0x0405_01', '/stt/0x0405_01/'],
		['/stt/0x0405_01/', '/stt/0x0405_01/'],
		['/STT/0x0101/', '/stt/0x0101/'],
		['/openstream/invalid_ndjson/', '/open-stream/invalid_ndjson/'],
		['/m2m/SessionNotEstablished/', '/m2m/m2merror-sessionnotestablished/'],
		['/m2m/M2MError::SessionExpired/', '/m2m/m2merror-sessionexpired/'],
		['/m2m/Aead(AeadError::DecryptionFailed)/', '/m2m/aeaderror-decryptionfailed/'],
		['/m2m/AeadError::DecryptionFailed/', '/m2m/aeaderror-decryptionfailed/'],
		['/m2m/429/', '/m2m/http-429/'],
		['/openstream/', '/open-stream/'],
	])('%s → %s', async (from, to) => {
		expect(await landsOn(from)).toBe(to);
		expect(await page.locator('h1').textContent()).not.toBe('Page not found');
	});

	it('keeps the #fragment through a redirect', async () => {
		await page.goto(`${site.url}/stt/257/#causes`);
		await page.waitForURL(/\/stt\/0x0101\/#causes$/);
	});
});

describe('the 404 page', () => {
	it('lists the candidates when a spelling is ambiguous', async () => {
		await page.goto(`${site.url}/m2m/InvalidKey/`);
		const items = page.locator('#not-found-results li a');
		await items.first().waitFor();
		const hrefs = await items.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(hrefs.sort()).toEqual(['/m2m/aeaderror-invalidkey/', '/m2m/hmacerror-invalidkey/']);
	});

	it('suggests near matches for a misspelling', async () => {
		await page.goto(`${site.url}/stt/CONNECTON_TIMEOUT/`);
		await page.locator('#not-found-results li a').first().waitFor();
		expect(await page.locator('#not-found-results li a').first().getAttribute('href')).toBe('/stt/0x0101/');
	});

	it('sends two codes named the other way round to their pair page, fragment kept', async () => {
		await page.goto(`${site.url}/compare/dtp/7001/stt/0x0105/#causes`);
		await page.waitForURL(/\/compare\/stt\/0x0105\/dtp\/7001\/#causes$/);
		expect(await page.locator('h1').textContent()).toContain('STT 0x0105');
	});

	it('sends two codes under other spellings to their pair page', async () => {
		await page.goto(`${site.url}/compare/dtp/7001/STT/0x105/`);
		await page.waitForURL(/\/compare\/stt\/0x0105\/dtp\/7001\/$/);
	});

	it('lists the two codes’ own pages for a pair that has no page (never paired, or paired no more)', async () => {
		await page.goto(`${site.url}/compare/stt/0x0101/dtp/7001/`);
		await page.locator('#not-found-results li a').nth(1).waitFor();
		const hrefs = await page.locator('#not-found-results li a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(hrefs).toEqual(['/stt/0x0101/', '/dtp/7001/']);
		expect(await page.locator('#not-found-status').textContent()).toContain('Each has its own page');
		expect(new URL(page.url()).pathname).toBe('/compare/stt/0x0101/dtp/7001/');
	});

	it('says plainly when nothing matches and offers search', async () => {
		await page.goto(`${site.url}/stt/no-such-thing-at-all/`);
		await page.locator('.search-instead').waitFor();
		expect(await page.locator('#not-found-status').textContent()).toContain('names no code');
	});
});

describe('/lookup/', () => {
	it('lists matches as you type, best first', async () => {
		await page.goto(`${site.url}/lookup/`);
		await page.locator('#lookup-q').fill('2026-11-02 10:00:01 ERROR code=0x0203, message=too many sessions, peer=10.0.0.7:9000');
		const first = page.locator('#lookup-results li a').first();
		await first.waitFor();
		expect(await first.getAttribute('href')).toBe('/stt/0x0203/');
	});

	it('narrows to the chosen protocol', async () => {
		await page.goto(`${site.url}/lookup/`);
		await page.locator('#lookup-protocol').selectOption('dtp');
		await page.locator('#lookup-q').fill('DecryptionFailed');
		await page.locator('#lookup-results li a').first().waitFor();
		const hrefs = await page.locator('#lookup-results li a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(hrefs).toEqual(['/dtp/2001/']);
	});

	it('opens the page straight from ?q= when one code clearly matches', async () => {
		await page.goto(`${site.url}/lookup/?q=${encodeURIComponent('Error: Maximum sessions reached (Code 4)')}`);
		await page.waitForURL(/\/twamp\/4\/$/);
	});

	it('fetches the core of the index and the few pieces a query points to, never the whole index', async () => {
		const fresh = await site.browser.newPage();
		const fetched: string[] = [];
		fresh.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await fresh.goto(`${site.url}/lookup/`);
		await fresh.locator('#lookup-q').fill('error code 0x0101 timeout');
		await fresh.locator('#lookup-results li a').first().waitFor();
		expect(await fresh.locator('#lookup-results li a').first().getAttribute('href')).toBe('/stt/0x0101/');
		const core = (await (await fresh.request.get(`${site.url}/resolver/core.json`)).json()) as { build: string; pieces: { keys: number; words: number; printed: number } };
		const pieces = fetched.filter((path) => path.startsWith('/resolver/') && path !== '/resolver/core.json');
		expect(fetched).toContain('/resolver/core.json');
		expect(fetched).not.toContain('/resolver-index.json');
		// Every piece from the core's own build, and a small share of them.
		for (const path of pieces) expect(path).toMatch(new RegExp(`^/resolver/${core.build}/[kwpcn]\\d+\\.json$`));
		expect(pieces.length).toBeGreaterThan(0);
		expect(pieces.length).toBeLessThan((core.pieces.keys + core.pieces.words + core.pieces.printed) / 4);
		await fresh.close();
	});

	it('lists the matches from ?q= when the text is ambiguous', async () => {
		await page.goto(`${site.url}/lookup/?q=timeout`);
		await page.locator('#lookup-results li a').first().waitFor();
		expect(await page.locator('#lookup-results li').count()).toBeGreaterThan(1);
		expect(new URL(page.url()).pathname).toBe('/lookup/');
	});
});

describe('the OpenSearch template', () => {
	it('opens a code page for an exact code', async () => {
		await page.goto(`${site.url}/lookup/?q=0x0101`);
		await page.waitForURL(/\/stt\/0x0101\/$/);
	});
});
