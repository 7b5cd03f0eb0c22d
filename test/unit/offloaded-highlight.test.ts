// Code blocks highlighted on a thread of their own (src/integrations/offloaded-highlight.ts) come back
// as the very element Astro's own highlighter makes on this thread, from the same settings.
import { describe, expect, it } from 'vitest';
import { satteriCreateHighlightFn } from '@astrojs/markdown-satteri';
import { highlightThreadFromEnv, OffloadedHighlight } from '../../src/integrations/offloaded-highlight';

/** The site's Shiki settings (astro.config.mjs) with Astro's defaults for the rest. */
const shikiConfig: NonNullable<Parameters<typeof satteriCreateHighlightFn>[1]> = {
	langs: [],
	langAlias: {},
	theme: 'github-dark',
	themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
	defaultColor: false,
	wrap: false,
	transformers: [],
};

function configured(transformers: unknown[] = []): OffloadedHighlight {
	const highlight = new OffloadedHighlight();
	const done = highlight.integration().hooks['astro:config:done'] as (options: unknown) => void;
	done({ config: { markdown: { shikiConfig: { ...shikiConfig, transformers } } } });
	return highlight;
}

describe('highlighting on a thread of its own', () => {
	it('gives the element Astro’s own highlighter gives, for a known language and an unknown one', async () => {
		const onThread = (await satteriCreateHighlightFn('shiki', { ...shikiConfig, transformers: [] }))!;
		const offloaded = configured();
		const blocks: [string, string][] = [
			['const answer = await fetch("/api/v1/stt/0x0101.json");\nif (!answer.ok) throw new Error(`${answer.status}`);', 'js'],
			['stt: connection timed out (0x0101) <peer>', 'text'],
			['{"code": "0x0101", "retry": "never"}', 'json'],
			['plain words', 'no-such-language'],
		];
		for (const [code, lang] of blocks) expect(await offloaded.highlight(code, lang), lang).toEqual(await onThread(code, lang, undefined));
		// Hostile text stays text: the element holds it as a text node, never as markup.
		expect(JSON.stringify(await offloaded.highlight('<script>alert(1)</script>', 'html'))).not.toContain('"tagName":"script"');
	});

	it('refuses Shiki transformers, which are functions no thread can be sent', () => {
		expect(() => configured([() => undefined])).toThrow(/transformers/);
	});

	it('is on unless ATLAS_HIGHLIGHT_THREAD=off, and says what else it takes', () => {
		expect(highlightThreadFromEnv(undefined)).toBe(true);
		expect(highlightThreadFromEnv('on')).toBe(true);
		expect(highlightThreadFromEnv('off')).toBe(false);
		expect(() => highlightThreadFromEnv('no')).toThrow(/"on" or "off"/);
	});
});
