// Long pages are painted before all of their HTML has arrived; nothing may move when the rest does.
// Each load is held at a chosen point until the partial page has been painted, so the early paint
// that a real connection gives now and then (a 0.41 shift of the table of contents in about one load
// in three, before the fix) happens on every load, and one load per point is enough.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fileForPath } from '../support/dist';
import { contentTypeOf } from '../../scripts/lib/static-server';
import { useSite } from '../support/site';

const site = useSite();

/**
 * Serves the built site, except that `path` is sent only up to `cut` (a character offset in its HTML)
 * and the rest is held back until `release()`: the browser lays out and paints the page as it would
 * with the rest still on its way.
 */
async function stallingServer(path: string, html: string, cut: number): Promise<{ url: string; release: () => void; close: () => Promise<void> }> {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	const server = createServer((request, response) => {
		const requested = new URL(request.url ?? '/', 'http://localhost').pathname;
		if (requested === path) {
			response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			response.write(html.slice(0, cut));
			void released.then(() => response.end(html.slice(cut)));
			return;
		}
		const file = fileForPath(requested);
		if (!file) return void response.writeHead(404).end();
		response.writeHead(200, { 'content-type': contentTypeOf(file) }).end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('the stalling server has no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		release,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

interface Box {
	x: number;
	y: number;
	width: number;
}

interface StalledLoad {
	/** The cumulative layout shift of the whole load, and the class names of what moved by more than 0.01. */
	total: number;
	movers: string[];
	/** Whether the part held back was still missing when the partial page was painted. */
	heldBack: boolean;
	/** Where the table of contents stood in the partial page and once all had arrived, if the page has one. */
	toc?: { before: Box | undefined; after: Box | undefined };
}

/** Loads `path` held at `cut`, waits for the partial page's first paint, lets the rest through, and reads what moved. */
async function stalledLoad(path: string, html: string, cut: number, heldSelector: string): Promise<StalledLoad> {
	const server = await stallingServer(path, html, cut);
	const context = await site.browser.newContext({ viewport: { width: 1350, height: 940 } });
	try {
		const page = await context.newPage();
		await page.addInitScript(() => {
			const record: { value: number; nodes: string[] }[] = [];
			(window as unknown as { shifts: typeof record }).shifts = record;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
					record.push({ value: entry.value, nodes: entry.sources.map((source) => (source.node instanceof Element ? source.node.className : String(source.node?.nodeName))) });
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		const loaded = page.goto(server.url + path, { waitUntil: 'load' });
		// The partial page has been painted: layout shifts are counted between painted frames.
		await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
		const heldBack = (await page.locator(heldSelector).count()) === 0;
		const toc = page.locator('.right-sidebar-container');
		const box = async () => {
			const found = await toc.boundingBox();
			return found ? { x: found.x, y: found.y, width: found.width } : undefined;
		};
		const tocBefore = (await toc.count()) > 0 ? await box() : undefined;
		server.release();
		await loaded;
		// Settled: two more frames painted (shifts are reported per frame), and the main thread idle.
		await page.evaluate(async () => {
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
			await new Promise((resolve) => requestIdleCallback(resolve));
		});
		const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; nodes: string[] }[] }).shifts);
		const tocAfter = (await toc.count()) > 0 ? await box() : undefined;
		return {
			total: shifts.reduce((sum, shift) => sum + shift.value, 0),
			movers: shifts.filter((shift) => shift.value > 0.01).flatMap((shift) => shift.nodes),
			heldBack,
			...(tocBefore || tocAfter ? { toc: { before: tocBefore, after: tocAfter } } : {}),
		};
	} finally {
		server.release();
		await context.close();
		await server.close();
	}
}

// The pages with the longest HTML: the comparison matrix and the largest protocol references. The
// protocol pages have a table of contents; /codes/ and /compare/ are wide tables with none.
const longPages = [
	{ path: '/compare/', toc: false },
	{ path: '/stt/', toc: true },
	{ path: '/m2m/', toc: true },
	{ path: '/codes/', toc: false },
];

// Two pages at a time: a held page mostly waits.
describe.concurrent('layout shift while a long page loads', () => {
	it.each(longPages)('$path: nothing moves when the main pane arrives after the rest was painted', async ({ path, toc }) => {
		const html = readFileSync(fileForPath(path)!, 'utf8');
		const cut = html.indexOf('<div class="main-pane');
		expect(cut, `${path}: a main pane to hold back`).toBeGreaterThan(0);
		const load = await stalledLoad(path, html, cut, '.main-pane');
		expect(load.heldBack, 'the main pane was held back when the page was first painted').toBe(true);
		expect(load.total, `moved: ${load.movers.join(', ')}`).toBeLessThan(0.1);
		if (toc) {
			// Its height follows the row's, which grows with the main pane; where it stands must not change.
			expect(load.toc?.after?.width, 'the table of contents is shown at this width').toBeGreaterThan(100);
			expect(load.toc?.before, 'where the table of contents stood before the main pane arrived').toEqual(load.toc?.after);
		}
	});

	it.each(longPages)('$path: nothing moves when the second half of its table arrives', async ({ path }) => {
		const html = readFileSync(fileForPath(path)!, 'utf8');
		// A row boundary half way through the page's table rows: the rows above it are painted, the rest held.
		const rows = [...html.matchAll(/<tr[\s>]/g)].map((match) => match.index);
		expect(rows.length, `${path}: table rows to split`).toBeGreaterThan(20);
		const cut = rows[Math.floor(rows.length / 2)]!;
		const load = await stalledLoad(path, html, cut, 'footer');
		expect(load.heldBack, 'the footer was held back when the page was first painted').toBe(true);
		expect(load.total, `moved: ${load.movers.join(', ')}`).toBeLessThan(0.1);
	});
});
