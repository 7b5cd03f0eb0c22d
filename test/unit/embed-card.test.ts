// The embeddable card written per code after the build: its text from content is shown, never run.
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { toCatalogueEntry } from '../../src/lib/catalogue';
import { embedCard, embedPath } from '../../src/lib/embed-card';
import { code } from './pages/fixture';

const hostile = toCatalogueEntry(
	code('demo', '0x01', {
		name: '<script>alert(1)</script>',
		summary: 'Closes the `<img src=x onerror=alert(1)>` stream & "quotes".',
	}),
);

describe('embedCard', () => {
	const html = embedCard(hostile, 'Demo <b>', 'https://atlas.example');
	const card = parse(html);

	it('lives under /embed/ beside the code page it shows', () => {
		expect(embedPath(hostile)).toBe('/embed/demo/0x01/');
		expect(card.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://atlas.example/demo/0x01/');
		expect(card.querySelector('article a')?.getAttribute('href')).toBe('https://atlas.example/demo/0x01/');
	});

	it('shows hostile names and summaries as text, with no element or script of theirs', () => {
		expect(card.querySelectorAll('script')).toHaveLength(0);
		expect(card.querySelectorAll('img')).toHaveLength(0);
		expect(card.querySelectorAll('b')).toHaveLength(0);
		expect(card.querySelector('h1')?.text).toBe('0x01 <script>alert(1)</script>');
		expect(card.querySelector('.protocol')?.text).toBe('Demo <b>');
		expect(card.querySelector('article > p:nth-of-type(2) code')?.text).toBe('<img src=x onerror=alert(1)>');
		expect(card.querySelector('meta[name="description"]')?.getAttribute('content')).toContain('& "quotes"');
	});

	it('says whether to retry, who acts and the first step', () => {
		const terms = card.querySelectorAll('dt').map((dt) => dt.text);
		expect(terms).toEqual(['Retry?', 'Who acts', 'First step']);
		expect(card.querySelectorAll('dd').every((dd) => dd.text.trim().length > 0)).toBe(true);
	});
});
