// What the build writes for programs and agents: a Markdown twin beside every code page with the
// page's facts and origin marks, llms.txt and llms-full.txt from the catalogue, robots.txt, embeddable
// cards, and the headers that let other origins read the API and frame only the cards.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor } from '../../src/lib/headers';
import { retryLabels } from '../../src/lib/action';
import { catalogue } from '../support/catalogue';
import { distRoot, page } from '../support/dist';

const read = (path: string) => readFileSync(join(distRoot, path), 'utf8');
const entries = catalogue.entries.map(({ file, data }) => ({ protocol: file.protocol!, slug: file.stem, data }));

describe('Markdown twins', () => {
	it('sit beside every code page with its facts and what to do', () => {
		for (const { protocol, slug, data } of entries) {
			const twin = read(`${protocol}/${slug}.md`);
			expect(twin, `${protocol}/${slug}.md`).toContain(`${data.code} ${data.name}`);
			expect(twin).toContain(data.meaning);
			for (const cause of data.causes) expect(twin).toContain(cause);
			expect(twin).toContain(`Retry: ${retryLabels[data.action.retry]}`);
			expect(twin).toContain(data.action.first);
			expect(twin).toContain(`/${protocol}/${slug}/`);
		}
	});

	it('carry the origin marks the page shows', () => {
		for (const { protocol, slug, data } of entries) {
			const twin = read(`${protocol}/${slug}.md`);
			const retryLine = twin.split('\n').find((line) => line.startsWith('- Retry:'))!;
			expect(retryLine.endsWith(data.action.stated.includes('retry') ? '[source]' : '[site’s judgement]'), `${protocol}/${slug}: ${retryLine}`).toBe(true);
		}
		expect(read('m2m/aeaderror-decryptionfailed.md')).toMatch(/## As printed \[observed in m2m-protocol 0\.4\.0\]/);
	});
});

describe('llms.txt and llms-full.txt', () => {
	it('list every protocol and every code, each linked to its twin', () => {
		const llms = read('llms.txt');
		for (const protocol of catalogue.protocols.values()) expect(llms).toContain(`## ${protocol.name}`);
		for (const { protocol, slug } of entries) expect(llms).toContain(`/${protocol}/${slug}.md)`);
	});

	it('hold the whole catalogue in one file', () => {
		const full = read('llms-full.txt');
		for (const { protocol, slug } of entries) expect(full).toContain(read(`${protocol}/${slug}.md`).trim());
	});

	it('are linked from the linking guide', () => {
		const guide = page('/guides/urls/');
		const hrefs = guide.querySelectorAll('a').map((link) => link.getAttribute('href') ?? '');
		expect(page('/guides/linking/').querySelectorAll('a').some((link) => link.getAttribute('href')?.endsWith('/llms-full.txt'))).toBe(true);
		expect(hrefs.some((href) => href.includes('/guides/linking/'))).toBe(true);
	});
});

describe('robots.txt', () => {
	it('points to the sitemap, which the build writes', () => {
		const sitemap = /^Sitemap: (\S+)$/m.exec(read('robots.txt'))?.[1];
		expect(sitemap).toMatch(/\/sitemap-index\.xml$/);
		expect(existsSync(join(distRoot, new URL(sitemap!).pathname))).toBe(true);
	});
});

describe('embeddable cards and headers', () => {
	const headers = read('_headers');

	it('give every code a card with its code, name, summary, what to do and a link to its page', () => {
		for (const { protocol, slug, data } of entries) {
			const card = page(`/embed/${protocol}/${slug}/`);
			const text = card.text;
			expect(card.querySelector('h1')?.text, `${protocol}/${slug}`).toContain(data.code);
			expect(text).toContain(data.name);
			expect(text).toContain(retryLabels[data.action.retry]);
			expect(card.querySelector('article a')?.getAttribute('href')).toMatch(new RegExp(`/${protocol}/${slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/$`));
			expect(card.querySelectorAll('script:not([src])')).toHaveLength(0);
		}
	});

	it('let only the cards be framed, and only the API be read from other origins', () => {
		expect(headersFor(headers, '/embed/stt/0x0101/')['Content-Security-Policy']).toContain("frame-ancestors 'self' https:");
		for (const path of ['/', '/stt/0x0101/', '/lookup/', '/api/v1/codes.json']) {
			expect(headersFor(headers, path)['Content-Security-Policy'], path).toContain("frame-ancestors 'none'");
		}
		expect(headersFor(headers, '/api/v1/stt/0x0101.json')['Access-Control-Allow-Origin']).toBe('*');
		for (const path of ['/', '/stt/0x0101/', '/embed/stt/0x0101/', '/stt/0x0101.md']) {
			expect(headersFor(headers, path)['Access-Control-Allow-Origin'], path).toBeUndefined();
		}
	});
});
