// Pair pages put together from a frame (src/lib/pages/pair-stamp.ts): a page is cut into its frame only
// when each of its own values is where and as often as Starlight's page shows it, and a pair goes into
// the frame only when its values need no escaping. That the pages equal Astro's own, byte for byte, is
// test/build/incremental.test.ts's check on the whole site.
import { describe, expect, it } from 'vitest';
import { pairBodyHtml } from '../../src/lib/pages/pair-body';
import { pairCatalogueOf, pairFrame, pairPagesByPath, stampPair } from '../../src/lib/pages/pair-stamp';
import type { PairPage } from '../../src/lib/pages/pair-page';
import { catalogue } from '../support/catalogue';

const site = 'https://atlas.test/';
const pages = [...pairPagesByPath(pairCatalogueOf(catalogue)).values()];
const [first, second] = pages as [PairPage, PairPage];

/** A page shaped like Starlight's: the title three times, the description and the address twice each. */
function rendered(page: PairPage, extra = ''): string {
	const url = `${site}${page.path.slice(1)}`;
	return [
		`<!DOCTYPE html><html><head><title>${page.title} side by side | Protocol Error Atlas</title>`,
		`<link rel="canonical" href="${url}"/><meta property="og:title" content="${page.title}"/>`,
		`<meta property="og:url" content="${url}"/><meta property="og:description" content="${page.description}"/>`,
		`<meta name="description" content="${page.description}"/></head><body><nav>Sidebar${extra}</nav>`,
		`<main><h1 id="_top">${page.title}</h1><div class="sl-markdown-content">${pairBodyHtml(page)}</div></main></body></html>`,
	].join('\n');
}

describe('pair pages from a frame', () => {
	it('has the real catalogue’s pairs, each at its own address', () => {
		expect(pages.length).toBeGreaterThan(1);
		expect(pages.map((page) => page.path)).toContain('/compare/stt/0x0105/dtp/7001/');
	});

	it('puts another pair into the frame of one exactly as that pair’s page would be', () => {
		const frame = pairFrame(rendered(first), first, site);
		expect(frame).toBeDefined();
		expect(stampPair(frame!, second, site)).toBe(rendered(second));
		for (const page of pages) expect(stampPair(frame!, page, site), page.path).toBe(rendered(page));
	});

	it('gives no frame when the body is missing or a value shows more often than Starlight shows it', () => {
		expect(pairFrame(rendered(first).replace(pairBodyHtml(first), '<p>Other</p>'), first, site)).toBeUndefined();
		expect(pairFrame(rendered(first, ` <a>${first.title}</a>`), first, site)).toBeUndefined();
		expect(pairFrame(rendered(first).replace(`<meta name="description" content="${first.description}"/>`, ''), first, site)).toBeUndefined();
	});

	it('leaves to Astro a pair whose title or description holds a character HTML escapes', () => {
		const frame = pairFrame(rendered(first), first, site)!;
		const quoted: PairPage = { ...second, description: `${second.description} "quoted" & <b>` };
		expect(stampPair(frame, quoted, site)).toBeUndefined();
		expect(stampPair(frame, { ...second, title: `${second.title}'s` }, site)).toBeUndefined();
		expect(pairFrame(rendered(quoted), quoted, site)).toBeUndefined();
	});
});

describe('the pair body', () => {
	it('shows hostile text from the content as text', () => {
		const [side, other] = first.sides;
		const hostile: PairPage = {
			...first,
			sides: [{ ...side, entry: { ...side.entry, data: { ...side.entry.data, meaning: '<script>alert(1)</script> `<img src=x onerror=alert(2)>`', name: 'A "name" & <b>' } } }, other],
		};
		const html = pairBodyHtml(hostile);
		expect(html).not.toMatch(/<script|<img|<b>/);
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; <code>&lt;img src=x onerror=alert(2)&gt;</code>');
		expect(html).toContain('A &quot;name&quot; &amp; &lt;b&gt;');
	});

	it('aligns the six rows, each cell labelled with its code', () => {
		const html = pairBodyHtml(first);
		for (const slug of ['why-compared', 'meaning', 'causes', 'what-to-do-now', 'steps', 'delivery']) expect(html).toContain(`<h2 id="${slug}">`);
		expect(html.split(`<p class="pair-label">${first.sides[0].label}</p>`).length - 1).toBe(5);
		expect(html.split(`<p class="pair-label">${first.sides[1].label}</p>`).length - 1).toBe(5);
	});
});
