// On a phone nothing may widen the page: a wide table or code block scrolls in its own box, so the
// header (search, menu) stays on screen and the text never needs sideways scrolling; and a code page's
// title wraps where a reader would break it, not inside a word.
import { describe, expect, it } from 'vitest';
import { builtPages, page as builtPage } from '../support/dist';
import { useSite } from '../support/site';
import { catalogueEntries } from '../support/catalogue';

const site = useSite();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

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
	// Its "As printed" names the implementation in a long mark.
	'/open-stream/invalid_ndjson/',
];

describe('at 390 px on a phone', () => {
	it('samples every protocol page', () => {
		expect(sample.filter((path) => ['/stt/', '/dtp/', '/twamp/', '/open-stream/', '/m2m/'].includes(path))).toHaveLength(5);
	});

	it.each(sample)('%s is no wider than the screen', async (path) => {
		const page = await site.open(path, phone);
		const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
		expect(widths.page, `page width on a ${widths.screen}px screen`).toBeLessThanOrEqual(390);
	});
});

describe('the comparison never breaks a code inside a word', () => {
	// A code with no space and no `::` (where a Rust path may wrap) must stand on one line.
	it.each([1280, 1024, 390])('at %i px, on /compare/ and a pair page', async (width) => {
		const broken: string[] = [];
		for (const path of ['/compare/', '/compare/stt/0x0105/m2m/reject-version_mismatch/']) {
			const page = await site.open(path, { viewport: { width, height: 900 } });
			broken.push(
				...(await page.evaluate(() =>
					[...document.querySelectorAll('.sl-markdown-content code')]
						.filter((code) => (code as HTMLElement).offsetParent !== null && !/\s|::/.test(code.textContent ?? ''))
						.filter((code) => new Set([...code.getClientRects()].map((rect) => Math.round(rect.top))).size > 1)
						.map((code) => code.textContent ?? ''),
				)).map((code) => `${path} ${code}`),
			);
		}
		expect(broken).toEqual([]);
	});
});

/** A character of a page title: the line it sits on (its top) and its width. */
interface TitleChar {
	char: string;
	top: number;
	width: number;
}

/** Where a line ends inside `text` before `index` is a joint: after `::`, `_` or `-`, or between camel-case words. */
const isJoint = (text: string, index: number) =>
	/[_-]/.test(text[index - 1]!) || text.slice(index - 2, index) === '::' || (/[a-z]/.test(text[index - 1]!) && /[A-Z]/.test(text[index]!));

/**
 * What is wrong with how a title's words wrap in a box `box` px wide: a word that fits on a line must stay on
 * one; a word wider than the line may break only at joints, and keeps each part between `::` whole when the
 * part fits on a line (`AeadError::` / `DataTooShort`, not `AeadError::DataToo` / `Short`).
 */
function wrapProblems(chars: readonly TitleChar[], box: number): string[] {
	const words: TitleChar[][] = [[]];
	for (const char of chars) {
		if (/\s/.test(char.char)) words.push([]);
		else words.at(-1)!.push(char);
	}
	const problems: string[] = [];
	for (const word of words.filter((candidate) => candidate.length > 0)) {
		const text = word.map((char) => char.char).join('');
		const breaks = word.flatMap((char, index) => (index > 0 && char.top > word[index - 1]!.top + 2 ? [index] : []));
		if (breaks.length === 0) continue;
		const shown = text.split('').map((char, index) => (breaks.includes(index) ? `|${char}` : char)).join('');
		const widthOf = (from: number, to: number) => word.slice(from, to).reduce((sum, char) => sum + char.width, 0);
		if (widthOf(0, word.length) < box - 1) problems.push(`"${shown}" breaks though it fits on a line`);
		for (const at of breaks.filter((index) => !isJoint(text, index))) problems.push(`"${shown}" breaks inside a word at ${at}`);
		let start = 0;
		for (const end of [...text.matchAll(/::(?=.)/g)].map((match) => match.index + 2).concat(text.length)) {
			if (widthOf(start, end) < box - 1 && breaks.some((index) => index > start && index < end)) {
				problems.push(`"${shown}" breaks its part "${text.slice(start, end)}", which fits on a line`);
			}
			start = end;
		}
	}
	return problems;
}

describe('a code page title at 390 px on a phone', () => {
	// The longest code and the longest name of each protocol, and codes whose parts have joints of their own.
	const longest = (key: (entry: (typeof catalogueEntries)[number]) => number) =>
		[...new Set(catalogueEntries.map((entry) => entry.protocol))].map((protocol) =>
			catalogueEntries.filter((entry) => entry.protocol === protocol).reduce((best, entry) => (key(entry) > key(best) ? entry : best)),
		);
	const titled = [
		...new Set([
			...longest((entry) => entry.data.code.length),
			...longest((entry) => entry.data.name.length),
		].map((entry) => `/${entry.protocol}/${entry.slug}/`)),
		'/m2m/aeaderror-datatooshort/',
		'/m2m/m2merror-sessionnotestablished/',
	];

	it.each(titled)('%s never widens the page, and breaks a word only where it must, at a joint', async (path) => {
		const page = await site.open(path, phone);
		const measured = await page.evaluate(() => {
			const title = document.querySelector('h1')!;
			const chars: TitleChar[] = [];
			const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
				for (let index = 0; index < node.data.length; index++) {
					const range = document.createRange();
					range.setStart(node, index);
					range.setEnd(node, index + 1);
					const rect = range.getBoundingClientRect();
					chars.push({ char: node.data[index]!, top: rect.top, width: rect.width });
				}
			}
			return { box: title.getBoundingClientRect().width, page: document.documentElement.scrollWidth, chars };
		});
		expect(measured.page, 'page width on a 390px screen').toBeLessThanOrEqual(390);
		expect(wrapProblems(measured.chars, measured.box)).toEqual([]);
	});
});
