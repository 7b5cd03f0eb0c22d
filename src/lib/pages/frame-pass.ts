/**
 * The passes in which a render worker asks a route for less than its whole page (src/lib/pages/code-stamp.ts):
 * - `frame`: Starlight's page with a hole (hole()) in place of the body and of each of the page's own values;
 * - `body`: only the body, after the values the frame shows, between marks (bodyPass()).
 *
 * A worker names the pass for the one URL it renders (inFramePass()), and the route reads it back
 * (framePassOf()). Astro's own thread never names one, so there every route renders its whole page.
 * The route runs from Astro's bundle and the worker imports this file on its own: the two copies share
 * the passes through one global registry.
 *
 * It also holds what the code pages' and the pair pages' frames share (src/lib/pages/pair-stamp.ts):
 * a frame's shape, filling it in, and which values need no escaping.
 */

export type FramePass = 'frame' | 'body';

const registry = Symbol.for('protocol-error-atlas:frame-pass');

function passes(): Map<string, FramePass> {
	const global = globalThis as { [registry]?: Map<string, FramePass> };
	return (global[registry] ??= new Map());
}

const keyOf = (pathname: string) => decodeURI(pathname).replace(/\/+$/, '');

/** The pass asked for the page at this URL; undefined for the whole page. */
export function framePassOf(url: URL): FramePass | undefined {
	return passes().get(keyOf(url.pathname));
}

/** Renders the page at `pathname` in the pass: the route sees it until `render` has settled. */
export async function inFramePass<T>(pathname: string, pass: FramePass, render: () => Promise<T>): Promise<T> {
	const key = keyOf(pathname);
	if (passes().has(key)) throw new Error(`${pathname} is already being rendered in the ${passes().get(key)} pass`);
	passes().set(key, pass);
	try {
		return await render();
	} finally {
		passes().delete(key);
	}
}

/** Characters of Unicode's private use area: no text of the catalogue holds them (bodyPass() checks). */
const holeMark = '\u{E000}';
const bodyMark = '\u{E001}';

/** Where a value goes in the frame pass's page. */
export function hole(name: string): string {
	return `${holeMark}${name}${holeMark}`;
}

/** The holes' names in a page, in order; every hole is a run of letters between two marks. */
export const holePattern = new RegExp(`${holeMark}([A-Za-z]+)${holeMark}`, 'g');

/** What the body pass writes around the body: the values, as JSON, then the body itself. */
export function bodyPass(values: unknown): { open: string; close: string } {
	return { open: `${bodyMark}${JSON.stringify(values)}${bodyMark}`, close: bodyMark };
}

/**
 * The values and the body out of a body pass's page (whatever Astro wrote around them is left out);
 * undefined unless the marks are there exactly three times, as when no text of the page holds one.
 */
export function readBodyPass<T>(html: string): { values: T; body: string } | undefined {
	const pieces = html.split(bodyMark);
	if (pieces.length !== 4) return undefined;
	return { values: JSON.parse(pieces[1]!) as T, body: pieces[2]! };
}

/** A rendered page without its own values: the text between them, and which value goes in each gap. */
export interface Frame<Gap extends string> {
	parts: string[];
	gaps: Gap[];
}

/** Fills each gap of a frame with its value. */
export function fillFrame<Gap extends string>(frame: Frame<Gap>, filled: Record<Gap, string>): string {
	let html = frame.parts[0] ?? '';
	frame.gaps.forEach((gap, at) => {
		html += filled[gap] + frame.parts[at + 1];
	});
	return html;
}

/** A value HTML would not escape. One that it would is left to Astro, whose escaping is then the only one in play. */
export const plain = (value: string) => !/[&<>"']/.test(value);
