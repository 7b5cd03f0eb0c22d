// Without JavaScript, Starlight leaves every page dark (UPGRADING.md, "no-script theme"): the site's
// <noscript> stylesheet applies Starlight's own light colours when the system asks for light. One test
// fails when the stylesheet would stop working, one when Starlight no longer needs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lightDeclarations, noScriptThemeCss } from '../../src/lib/no-script-theme';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const starlight = (path: string) => readFileSync(join(projectRoot, 'node_modules/@astrojs/starlight/dist', path), 'utf8');
const props = starlight('style/props.css');

describe('the no-script theme (src/lib/no-script-theme.ts)', () => {
	it('still finds Starlight’s light colours, which the dark ones are the defaults of', () => {
		const light = lightDeclarations(props);
		for (const property of ['--sl-color-white', '--sl-color-black', '--sl-color-gray-1', '--sl-color-accent']) expect(light).toContain(`${property}:`);
		expect(noScriptThemeCss(props)).toMatch(/@media \(prefers-color-scheme: light\) \{\s*:root \{\s*color-scheme: light;/);
		// The page says dark until a script says otherwise.
		expect(starlight('components/Page.astro')).toContain("'data-theme': 'dark'");
	});

	it('is still needed: Starlight follows the system only from a script', () => {
		expect(props, 'Starlight’s CSS now follows prefers-color-scheme itself: drop the <noscript> stylesheet').not.toContain('prefers-color-scheme');
	});

	it('says what broke when the rule is gone', () => {
		expect(() => lightDeclarations(':root { --sl-color-white: #fff; }')).toThrow(/UPGRADING\.md/);
	});
});
