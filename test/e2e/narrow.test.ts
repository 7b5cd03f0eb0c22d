// On a phone nothing may widen the page: a wide table or code block scrolls in its own box, so the
// header (search, menu) stays on screen and the text never needs sideways scrolling.
import { describe, expect, it } from 'vitest';
import { builtPages, page as builtPage } from '../support/dist';
import { useSite } from '../support/site';

const site = useSite();

// One of each kind of page, and every protocol page (each has its own code table).
const pages = builtPages();
const sample = [
	'/',
	'/codes/',
	'/compare/',
	'/lookup/',
	'/404.html',
	...pages.filter((path) => /^\/[^/]+\/$/.test(path) && path !== '/codes/' && builtPage(path).querySelector('table.code-table') !== null),
	pages.find((path) => path.startsWith('/compare/') && path !== '/compare/')!,
	'/compare/stt/0x0105/m2m/reject-version_mismatch/',
	pages.find((path) => path.startsWith('/guides/'))!,
	'/stt/0x0101/',
	'/m2m/aeaderror-decryptionfailed/',
];

describe('at 390 px on a phone', () => {
	it('samples every protocol page', () => {
		expect(sample.filter((path) => ['/stt/', '/dtp/', '/twamp/', '/open-stream/', '/m2m/'].includes(path))).toHaveLength(5);
	});

	it.each(sample)('%s is no wider than the screen', async (path) => {
		const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		await page.goto(`${site.url}${path}`);
		const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
		await context.close();
		expect(widths.page, `page width on a ${widths.screen}px screen`).toBeLessThanOrEqual(390);
	});
});

describe('the comparison never breaks a code inside a word', () => {
	// A code with no space and no `::` (where a Rust path may wrap) must stand on one line.
	it.each([1280, 1024, 390])('at %i px, on /compare/ and a pair page', async (width) => {
		const context = await site.browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		const broken: string[] = [];
		for (const path of ['/compare/', '/compare/stt/0x0105/m2m/reject-version_mismatch/']) {
			await page.goto(`${site.url}${path}`);
			broken.push(
				...(await page.evaluate(() =>
					[...document.querySelectorAll('.sl-markdown-content code')]
						.filter((code) => (code as HTMLElement).offsetParent !== null && !/\s|::/.test(code.textContent ?? ''))
						.filter((code) => new Set([...code.getClientRects()].map((rect) => Math.round(rect.top))).size > 1)
						.map((code) => code.textContent ?? ''),
				)).map((code) => `${path} ${code}`),
			);
		}
		await context.close();
		expect(broken).toEqual([]);
	});
});
