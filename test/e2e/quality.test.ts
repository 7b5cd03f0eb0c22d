// Quality gates in real Chromium: search and lookup working under the CSP the server applies,
// hostile input that never runs, a 1 MB paste that never freezes the page, and a clean printout.
// (Every page type's CSP, origins and console are checked in page-types.test.ts.)
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site';
import { search } from '../support/search';

// The server sends each path what the built _headers file gives it, CSP included, as the host does.
const site = useSite();

describe('Content-Security-Policy', () => {
	it('search and lookup work under the policy', async () => {
		const page = await site.browser.newPage();
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.goto(`${site.url}/`);
		await page.waitForFunction(() => !document.querySelector('site-search button[data-open-modal]')?.hasAttribute('disabled'));
		const hits = await search(page, '0x0101');
		expect(hits[0]?.url).toBe('/stt/0x0101/');
		await page.goto(`${site.url}/lookup/?q=${encodeURIComponent('(Code 4)')}`);
		await page.waitForURL(/\/twamp\/4\/$/);
		expect(violations).toEqual([]);
		await page.close();
	});
});

const sentinel = 'window.__pwned=1';
const payloads = [
	`<script>${sentinel}</script>`,
	`<img src=x onerror="${sentinel}">`,
	`<svg onload="${sentinel}">`,
	`"><script>${sentinel}</script>`,
	`'><img src=x onerror=${sentinel}>`,
	`javascript:${sentinel}`,
	`<iframe srcdoc="<script>parent.${sentinel}</script>">`,
	`<body onload="${sentinel}">`,
	`<a href="javascript:${sentinel}">x</a>`,
	`<details open ontoggle="${sentinel}">`,
	`<math><mtext><table><mglyph><style><img src=x onerror="${sentinel}">`,
	`{{constructor.constructor('${sentinel}')()}}`,
	`\${alert(1)}<img src=x onerror="${sentinel}">`,
	`<input autofocus onfocus="${sentinel}">`,
	`<video><source onerror="${sentinel}"></video>`,
	`0x0101<script>${sentinel}</script>`,
	`{"error":"<img src=x onerror=${sentinel}>","message":"x"}`,
	`code=0x0101"><svg/onload=${sentinel}>`,
	`<object data="javascript:${sentinel}">`,
	`<marquee onstart="${sentinel}">`,
	`%3Cscript%3E${sentinel}%3C/script%3E`,
	`<style>@import 'javascript:${sentinel}';</style>`,
];

describe('hostile input is shown as text, never run', () => {
	const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned === 1);

	async function injectedElements(page: Page, container: string): Promise<number> {
		return page.locator(`${container} :is(script, img, svg, iframe, object, video, input, marquee, style, math, details, body)`).count();
	}

	/** Waits until `results` shows its answer (aria-busy cleared), or the page has left for the code it found. */
	async function answered(page: Page, results: string): Promise<void> {
		await page.locator(`${results}[aria-busy="false"], main:not(:has(${results}))`).first().waitFor({ state: 'attached' });
		await page.waitForLoadState('load');
	}

	// Nothing the payload could inject is in the page once the answer is shown, so no handler of it can
	// run later: counting elements needs no wait for an onerror or onload to fire. Each channel takes
	// every payload in turn; a payload that ran would leave its mark on the window, and each check names
	// the payload it follows. A channel is 22 page loads or answers: on a busy machine one took over the
	// default minute, so each has three.
	const channelTimeout = 180_000;
	it.concurrent('through ?q= in a link to the lookup', async () => {
		const page = await site.browser.newPage();
		for (const payload of payloads) {
			await page.goto(`${site.url}/lookup/?q=${encodeURIComponent(payload)}`);
			await answered(page, '#lookup-results');
			expect(await pwned(page), payload).toBe(false);
			if (new URL(page.url()).pathname === '/lookup/') expect(await injectedElements(page, '#lookup-results'), payload).toBe(0);
		}
		await page.close();
	}, channelTimeout);

	it.concurrent('typed or pasted into the lookup field', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/lookup/`);
		const field = page.locator('#lookup-q');
		for (const payload of payloads) {
			// Emptied first, so that the answer waited for is this payload's and not the last one's.
			await field.fill('');
			await page.locator('#lookup-results:not([aria-busy="true"]):empty').waitFor({ state: 'attached' });
			await field.fill(payload);
			await page.locator('#lookup-results[aria-busy="false"]:not(:empty)').waitFor({ state: 'attached' });
			expect(await pwned(page), payload).toBe(false);
			expect(await injectedElements(page, '#lookup-results'), payload).toBe(0);
		}
		await page.close();
	}, channelTimeout);

	it.concurrent('in the path of a page that does not exist', async () => {
		const page = await site.browser.newPage();
		for (const payload of payloads) {
			await page.goto(`${site.url}/stt/${encodeURIComponent(payload)}/`);
			await answered(page, '#not-found-results');
			expect(await pwned(page), payload).toBe(false);
			if (await page.locator('#not-found-results').count()) expect(await injectedElements(page, '#not-found-results'), payload).toBe(0);
		}
		await page.close();
	}, channelTimeout);

	it('deep nesting, one huge token, odd Unicode and NUL bytes do not throw', async () => {
		const page = await site.browser.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${site.url}/lookup/`);
		for (const text of ['['.repeat(20_000) + ']'.repeat(20_000), 'A'.repeat(300_000), '\u202e\ud800\u0000 0x0101 \u{1F4A5}\u200b', '{"a":'.repeat(5_000)]) {
			await page.locator('#lookup-q').fill(text);
			// Each text is answered (a list or a "no code" note) before the next one goes in.
			await page.locator('#lookup-results p').first().waitFor();
			await page.evaluate(() => document.getElementById('lookup-results')!.replaceChildren());
		}
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('a 1 MB paste', () => {
	// How long the main thread is blocked is measured by npm run bench (scripts/bench/lookup.ts), not here.
	it('is read, answered, and then the field answers new text', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/lookup/`);
		const megabyte = `Error code: 0x0302 ${'lorem ipsum 10.0.0.1:8080 dolor '.repeat(33_000)}`;
		await page.evaluate((text) => {
			const field = document.getElementById('lookup-q') as HTMLTextAreaElement;
			field.value = text;
			field.dispatchEvent(new Event('input', { bubbles: true }));
		}, megabyte);
		await page.locator('#lookup-results a[href="/stt/0x0302/"]').waitFor();
		await expect.poll(() => page.locator('#lookup-results .lookup-note').textContent()).toMatch(/Only the first 100,000 characters were read/);
		await page.locator('#lookup-q').fill('twampy ERROR CODE 4 in <<Session Accept>>');
		await page.locator('#lookup-results a[href="/twamp/4/"]').waitFor();
		await page.close();
	});
});

describe('print', () => {
	it('a code page prints without navigation or search, with link targets shown', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/stt/0x0101/`);
		await page.emulateMedia({ media: 'print' });
		for (const selector of ['header', 'nav[aria-label="Main"]', 'site-search', '.right-sidebar', 'mobile-starlight-toc', '.copy-link', '.table-filters']) {
			const hidden = await page.locator(selector).evaluateAll((elements) => elements.every((element) => getComputedStyle(element).display === 'none' || !(element as HTMLElement).offsetParent));
			expect(hidden, selector).toBe(true);
		}
		const after = await page.locator('main .sl-markdown-content a[href^="/"]').first().evaluate((link) => getComputedStyle(link, '::after').content);
		expect(after).toContain('/');
		await page.close();
	});
});
