// Code pages put together from a frame (src/lib/pages/code-stamp.ts): the frame is learnt from one code
// page rendered whole, in the frame pass and in the body pass, and kept only when it gives that page
// back; a code whose values HTML would escape is left to Astro. That the pages equal Astro's own, byte
// for byte, is test/build/incremental.test.ts's check on the whole site.
import { describe, expect, it } from 'vitest';
import { codeFrame, codeFrameHoles, stampCode, type CodeFrameValues } from '../../src/lib/pages/code-stamp';
import { bodyPass, framePassOf, inFramePass, readBodyPass } from '../../src/lib/pages/frame-pass';
import { titleName } from '../../src/lib/inline';

const site = 'https://atlas.test';

function valuesOf(protocol: string, code: string, name: string, summary: string, headings: CodeFrameValues['headings']): CodeFrameValues {
	return {
		title: `${code} ${name}`,
		documentTitle: `${protocol.toUpperCase()} ${code} ${name} | Protocol Error Atlas`,
		description: `${protocol.toUpperCase()} ${code} ${name}: ${summary}`,
		canonicalUrl: `${site}/${protocol}/${code.toLowerCase()}/`,
		code,
		name,
		headings,
	};
}

const first = valuesOf('stt', '0x0101', 'CONNECTION_TIMEOUT', 'The handshake did not finish in time.', [
	{ depth: 2, slug: 'meaning', text: 'Meaning' },
	{ depth: 2, slug: 'causes', text: 'Causes' },
]);
const second = valuesOf('dtp', '7001', 'SessionKeyMismatch', 'The peers disagree on the session key.', [
	{ depth: 2, slug: 'what-to-do-now', text: 'What to do now' },
	{ depth: 3, slug: 'a-detail', text: 'A detail the contents leave out' },
	{ depth: 2, slug: 'related', text: 'Related codes in DTP' },
]);

const item = (slug: string, text: string) => `<li class="toc"><a href="#${slug}"><span>${text}</span></a></li>`;

/**
 * A page shaped like Starlight's around a body: the values where its head, title and two tables of
 * contents show them, and the page's own address in the canonical link and og:url.
 */
function whole(values: CodeFrameValues, body: string, canonicalUrl = values.canonicalUrl, extra = ''): string {
	const items = [item('_top', 'Overview'), ...values.headings.filter(({ depth }) => depth === 2).map(({ slug, text }) => item(slug, text))].join('');
	return [
		`<!DOCTYPE html><html><head><title>${values.documentTitle}</title><link rel="canonical" href="${canonicalUrl}"/>`,
		`<meta property="og:title" content="${values.title}"/><meta property="og:url" content="${canonicalUrl}"/>`,
		`<meta name="description" content="${values.description}"/></head><body><nav>STT DTP${extra}</nav>`,
		`<details><ul class="isMobile">${items}</ul></details>`,
		`<main><h1 id="_top"><code>${titleName(values.code)}</code> <span>${titleName(values.name)}</span></h1>${body}</main>`,
		`<aside><ul>${items}</ul></aside></body></html>`,
	].join('\n');
}

/** What the route writes in the frame pass: the holes, at the page's own address. */
const framePass = (values: CodeFrameValues, extra = '') => whole({ ...codeFrameHoles, headings: [...codeFrameHoles.headings], canonicalUrl: values.canonicalUrl }, codeFrameHoles.body, values.canonicalUrl, extra);

/** What the route writes in the body pass: Astro's head elements, then the values and the body between marks. */
function bodyPassOf(values: CodeFrameValues, body: string): string {
	const { open, close } = bodyPass(values);
	return `<!DOCTYPE html><link rel="stylesheet" href="/_astro/page.css">${open}${body}${close}`;
}

const firstBody = '<section id="meaning"><h2>Meaning</h2><p>It timed out.</p></section>';
const secondBody = '<section id="what-to-do-now"><h2>What to do now</h2><p>Renew the key.</p></section>';

describe('code pages from a frame', () => {
	const frame = codeFrame(whole(first, firstBody), framePass(first), bodyPassOf(first, firstBody));

	it('learns the frame from one page and puts another code into it as that code’s page would be', () => {
		expect(frame).toBeDefined();
		expect(stampCode(frame!, bodyPassOf(second, secondBody))).toBe(whole(second, secondBody));
		// The heading below the levels the contents list is left out, as Starlight leaves it out.
		expect(stampCode(frame!, bodyPassOf(second, secondBody))).not.toContain('a-detail');
	});

	it('keeps no frame that does not give its own page back', () => {
		// The whole page and the passes disagree: a sidebar that differs from one page to the next.
		expect(codeFrame(whole(first, firstBody, first.canonicalUrl, ' <a>more</a>'), framePass(first), bodyPassOf(first, firstBody))).toBeUndefined();
		expect(codeFrame(whole(first, firstBody), framePass(first), bodyPassOf(first, '<p>Another body</p>'))).toBeUndefined();
	});

	it('keeps no frame that would carry the page’s own address to other pages', () => {
		const own = ` <a href="/stt/0x0101/">this page</a>`;
		expect(codeFrame(whole(first, firstBody, first.canonicalUrl, own), framePass(first, own), bodyPassOf(first, firstBody))).toBeUndefined();
	});

	it('keeps no frame without the body’s hole, a table-of-contents item of holes, or with a hole it does not know', () => {
		const page = whole(first, firstBody);
		expect(codeFrame(page, framePass(first).replace(codeFrameHoles.body, ''), bodyPassOf(first, firstBody))).toBeUndefined();
		expect(codeFrame(page, framePass(first).replaceAll(codeFrameHoles.headings[0].slug, 'slug'), bodyPassOf(first, firstBody))).toBeUndefined();
		expect(codeFrame(page, framePass(first).replace('<nav>', `<nav>${'\u{E000}unknown\u{E000}'}`), bodyPassOf(first, firstBody))).toBeUndefined();
	});

	it('leaves to Astro a code whose title, description or headings hold a character HTML escapes', () => {
		expect(stampCode(frame!, bodyPassOf({ ...second, description: `${second.description} The peer's "key" & <b>` }, secondBody))).toBeUndefined();
		expect(stampCode(frame!, bodyPassOf({ ...second, headings: [{ depth: 2, slug: 'a', text: 'Keys & locks' }] }, secondBody))).toBeUndefined();
		// A heading the contents leave out does not matter, nor does hostile text in the body: it is Astro's, escaped.
		const hostile = '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>';
		expect(stampCode(frame!, bodyPassOf({ ...second, headings: [{ depth: 3, slug: 'b', text: 'Keys & locks' }] }, hostile))).toContain(hostile);
	});

	it('shows the code and its name in the h1 as the page title does, with their joints', () => {
		expect(stampCode(frame!, bodyPassOf(second, secondBody))).toContain(`<code>${titleName('7001')}</code> <span>${titleName('SessionKeyMismatch')}</span>`);
		expect(titleName('SessionKeyMismatch')).toContain('<wbr>');
	});
});

describe('the body pass', () => {
	it('reads the values and the body back, and nothing Astro wrote around them', () => {
		expect(readBodyPass(bodyPassOf(second, secondBody))).toEqual({ values: second, body: secondBody });
	});

	it('reads nothing when a text of the page holds one of its marks', () => {
		expect(readBodyPass(bodyPassOf(second, `<p>${bodyPass({}).close}</p>`))).toBeUndefined();
		expect(readBodyPass('<p>no marks</p>')).toBeUndefined();
	});
});

describe('the passes', () => {
	it('are seen by the route for the one page asked, while it renders, and never after', async () => {
		const page = new URL(`${site}/stt/0x0101/`);
		let seen: unknown[] = [];
		await inFramePass('/stt/0x0101/', 'body', async () => {
			seen = [framePassOf(page), framePassOf(new URL(`${site}/stt/0x0101`)), framePassOf(new URL(`${site}/stt/0x0102/`))];
		});
		expect(seen).toEqual(['body', 'body', undefined]);
		expect(framePassOf(page)).toBeUndefined();
		await expect(inFramePass('/stt/0x0101/', 'frame', () => Promise.reject(new Error('failed')))).rejects.toThrow('failed');
		expect(framePassOf(page)).toBeUndefined();
	});

	it('refuse a second pass of a page already rendering in one', async () => {
		await inFramePass('/stt/0x0101/', 'frame', async () => {
			await expect(inFramePass('/stt/0x0101/', 'body', async () => undefined)).rejects.toThrow(/already being rendered/);
		});
	});
});
