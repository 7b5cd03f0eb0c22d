/**
 * Markup that is the same on many pages, rendered once per build for each distinct input and reused:
 * src/components/Remembered.astro keeps it here. Only for markup that is a pure function of its key
 * and holds no script Astro places once per page (those it tracks per page, and a reused copy would
 * bypass that).
 */
const remembered = new Map<string, Promise<string>>();

/** The markup for `key`: rendered by `render` the first time, the same text every later time. */
export function rememberHtml(key: string, render: () => Promise<string>): Promise<string> {
	let html = remembered.get(key);
	if (html === undefined) {
		html = render();
		remembered.set(key, html);
		// A failed render is not kept: the next page tries again and reports its own error.
		html.catch(() => remembered.delete(key));
	}
	return html;
}
