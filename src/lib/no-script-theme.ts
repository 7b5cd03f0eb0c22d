/**
 * The light theme for browsers that run no JavaScript. Starlight picks light or dark with an inline
 * script (the reader's choice, else the system's); without it every page stays dark, as the HTML says
 * `data-theme="dark"`. This stylesheet, linked from a `<noscript>` in the head, gives a reader whose system
 * is set to light Starlight's own light colours, taken from its `props.css` at build time so they never drift.
 */

/** The declarations of Starlight's `:root[data-theme='light']` rule in `props.css`. */
export function lightDeclarations(propsCss: string): string {
	const start = propsCss.indexOf(":root[data-theme='light']");
	if (start < 0) throw new Error("Starlight's props.css has no :root[data-theme='light'] rule: see UPGRADING.md, no-script theme");
	const open = propsCss.indexOf('{', start);
	const close = propsCss.indexOf('}', open);
	const body = propsCss.slice(open + 1, close).trim();
	if (!/--sl-color-white\s*:/.test(body) || !/--sl-color-black\s*:/.test(body)) {
		throw new Error("Starlight's light theme no longer sets --sl-color-white and --sl-color-black: see UPGRADING.md, no-script theme");
	}
	return body;
}

/**
 * The stylesheet: Starlight's light colours when the system asks for light, and the light colours of code
 * blocks; and the header's search button, which cannot work without a script, gives way to the link to
 * /codes/ that the Search override writes in a <noscript>.
 */
export function noScriptThemeCss(propsCss: string): string {
	return `/* Only linked from <noscript>: with JavaScript, Starlight's theme picker and search decide. */
site-search {
	display: none !important;
}
.no-script-search {
	align-self: center;
	font-size: var(--sl-text-sm);
}
@media (prefers-color-scheme: light) {
	:root {
		color-scheme: light;
		${lightDeclarations(propsCss)}
	}
	:root .astro-code,
	:root .astro-code span {
		color: var(--shiki-light) !important;
		background-color: var(--shiki-light-bg) !important;
	}
}
`;
}
