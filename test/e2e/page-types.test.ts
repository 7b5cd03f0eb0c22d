// One page of every type, served with the security headers of the built `_headers` file exactly as a
// host sends them, visited once in Chromium; several checks read that one visit:
// - the page violates no part of its Content-Security-Policy and fetches nothing from another origin;
// - it logs no error, throws nothing, and every request it makes succeeds;
// - axe finds no WCAG 2.1 A or AA violation: every rule in the light theme, then the rules that read
//   colours again after the theme is switched to dark the way the theme picker switches it (the site's
//   colours all hang on `data-theme`; structure, names and landmarks are the same in both themes).
import { describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page, Request, Response } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { pageTypes } from '../support/page-types';
import { useSite } from '../support/site';

const site = useSite();

const colourRules = ['color-contrast', 'link-in-text-block'];

interface Visit {
	/** Violated directives and what they blocked, from the page's own event and from the console. */
	csp: string[];
	/** Requests to another origin. */
	foreign: string[];
	/** Console errors, uncaught exceptions, failed requests and error statuses. */
	problems: string[];
	/** The document's own HTTP status. */
	status: number | undefined;
	axe: { light: string[]; dark: string[] };
}

/**
 * Open pages between visits, two at a time as the visits run: a navigation costs about a third of the
 * CPU of a first load in a new context. Each visit starts in the light theme, with listeners of its own.
 */
const idle: Page[] = [];
async function takePage(): Promise<Page> {
	const kept = idle.pop();
	if (kept) return kept;
	const context = await site.browser.newContext({ colorScheme: 'light' });
	await context.addInitScript(() => {
		// Not on the blank page a visit leaves its page on, which has no storage.
		if (location.href === 'about:blank') return;
		localStorage.setItem('starlight-theme', 'light');
		document.addEventListener('securitypolicyviolation', (event) => {
			const seen = ((window as unknown as { __csp?: string[] }).__csp ??= []);
			seen.push(`${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	return context.newPage();
}

async function visit(path: string): Promise<Visit> {
	const page = await takePage();
	await page.emulateMedia({ colorScheme: 'light' });
	const found: Omit<Visit, 'status' | 'axe'> = { csp: [], foreign: [], problems: [] };
	const documentUrl = site.url + path;
	// The 404 page's own status shows in the console as a failed load of the document; the status itself is checked.
	const ownStatus = (text: string, url: string) => path === pageTypes['404'] && url === documentUrl && /Failed to load resource/.test(text);
	const onConsole = (message: ConsoleMessage) => {
		if (/Content Security Policy/i.test(message.text())) found.csp.push(message.text());
		else if (message.type() === 'error' && !ownStatus(message.text(), message.location().url)) found.problems.push(`console: ${message.text()}`);
	};
	const onError = (error: Error) => found.problems.push(`uncaught: ${error.message}`);
	const onFailed = (request: Request) => found.problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
	const onRequest = (request: Request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== site.url) found.foreign.push(request.url());
	};
	const onResponse = (response: Response) => {
		if (response.status() >= 400 && response.url() !== documentUrl) found.problems.push(`HTTP ${response.status()}: ${response.url()}`);
	};
	page.on('console', onConsole).on('pageerror', onError).on('requestfailed', onFailed).on('request', onRequest).on('response', onResponse);
	try {
		const response = await page.goto(documentUrl, { waitUntil: 'networkidle' });
		await page.evaluate(() => document.fonts.ready);
		const light = await axeViolations(page);
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.evaluate(() => {
			localStorage.setItem('starlight-theme', 'dark');
			document.documentElement.dataset.theme = 'dark';
		});
		const dark = await axeViolations(page, colourRules);
		found.csp.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
		return { ...found, status: response?.status(), axe: { light, dark } };
	} finally {
		// Leaving for a blank page ends whatever this one still had under way while its listeners still count it.
		await page.goto('about:blank');
		page.off('console', onConsole).off('pageerror', onError).off('requestfailed', onFailed).off('request', onRequest).off('response', onResponse);
		idle.push(page);
	}
}

// Each page type is visited once, by whichever of its checks runs first.
const visits = new Map<string, Promise<Visit>>();
const visited = (path: string): Promise<Visit> => {
	let held = visits.get(path);
	if (!held) visits.set(path, (held = visit(path)));
	return held;
};

const types = Object.entries(pageTypes);

// axe works inside the browser and pages mostly wait on the network: two visits at a time.
describe.concurrent('every page type', () => {
	it.each(types)('%s: no CSP violation and no request to another origin', async (_, path) => {
		const { csp, foreign } = await visited(path);
		expect(csp).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it.each(types)('%s: answers with its status, logs no error, and every request it makes succeeds', async (type, path) => {
		const { status, problems } = await visited(path);
		expect(status).toBe(type === '404' ? 404 : 200);
		expect(problems).toEqual([]);
	});

	it.each(types)('%s: axe finds no WCAG 2.1 A or AA violation in the light theme', async (_, path) => {
		expect((await visited(path)).axe.light).toEqual([]);
	});

	it.each(types)('%s: axe finds no colour violation in the dark theme', async (_, path) => {
		expect((await visited(path)).axe.dark).toEqual([]);
	});
});

describe('the checks themselves', () => {
	it('axe reports a missing text alternative and low contrast when they are there', async () => {
		const page = await site.browser.newPage();
		await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="data:,"><p style="color:#777;background:#888">faint</p></main></html>');
		const ids = (violations: string[]) => violations.map((violation) => violation.split(':')[0]);
		expect(ids(await axeViolations(page))).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
		expect(ids(await axeViolations(page, colourRules))).toEqual(['color-contrast']);
		await page.close();
	});

	it('switching to dark the way the theme picker does changes the colours axe reads', async () => {
		const page = await site.browser.newPage({ colorScheme: 'light' });
		await page.goto(`${site.url}/`);
		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const light = await background();
		await page.evaluate(() => {
			document.documentElement.dataset.theme = 'dark';
		});
		expect(await background()).not.toBe(light);
		await page.close();
	});
});
