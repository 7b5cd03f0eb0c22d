// Long pages are painted before all of their HTML has arrived; nothing may move when the rest does.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fileForPath } from '../support/dist';
import { contentTypeOf } from '../../scripts/lib/static-server';
import { useSite } from '../support/site';

const site = useSite();

async function layoutShift(path: string): Promise<{ total: number; movers: string[] }> {
	const context = await site.browser.newContext({ viewport: { width: 1350, height: 940 } });
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
	const cdp = await context.newCDPSession(page);
	// The CPU slowed four times, so that the first paint comes early, as on a slow phone.
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(`${site.url}${path}`);
	await page.waitForLoadState('load');
	// Settled: web fonts in, two frames painted (shifts are reported per frame), and the main thread idle.
	await page.evaluate(async () => {
		await document.fonts.ready;
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		await new Promise((resolve) => requestIdleCallback(resolve));
	});
	const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; nodes: string[] }[] }).shifts);
	await context.close();
	return { total: shifts.reduce((sum, shift) => sum + shift.value, 0), movers: shifts.filter((shift) => shift.value > 0.01).flatMap((shift) => shift.nodes) };
}

/**
 * Serves the built site, except that `path` is sent only up to its main pane and the rest is held
 * back until `release()`: the browser lays out the page as it would with the rest still on its way.
 */
async function stallingServer(path: string): Promise<{ url: string; release: () => void; close: () => Promise<void> }> {
	const html = readFileSync(fileForPath(path)!, 'utf8');
	const cut = html.indexOf('<div class="main-pane');
	if (cut < 0) throw new Error(`${path}: no main pane to hold back`);
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

// The pages with the longest HTML: the comparison matrix and the largest protocol references.
const longPages = ['/compare/', '/stt/', '/m2m/', '/codes/'];

// Two pages at a time: a slowed page mostly waits.
describe.concurrent('layout shift while a long page loads', () => {
	// /codes/ and /compare/ are wide tables and have no table of contents.
	it.each(longPages.filter((path) => path !== '/codes/' && path !== '/compare/'))('%s: the table of contents stands where it ends up while the main pane is still arriving', async (path) => {
		const server = await stallingServer(path);
		const context = await site.browser.newContext({ viewport: { width: 1350, height: 940 } });
		try {
			const page = await context.newPage();
			const loaded = page.goto(server.url + path, { waitUntil: 'load' });
			const toc = page.locator('.right-sidebar-container');
			await toc.waitFor({ state: 'attached' });
			const before = await toc.boundingBox();
			expect(await page.locator('.main-pane').count(), 'the main pane is held back').toBe(0);
			server.release();
			await loaded;
			const after = await toc.boundingBox();
			expect(after?.width, 'the table of contents is shown at this width').toBeGreaterThan(100);
			// Its height follows the row's, which grows with the main pane; where it stands must not change.
			const place = (box: typeof before) => box && { x: box.x, y: box.y, width: box.width };
			expect(place(before), 'where the table of contents stood before the main pane arrived').toEqual(place(after));
		} finally {
			server.release();
			await context.close();
			await server.close();
		}
	});

	it.each(longPages)('%s keeps its layout (cumulative shift < 0.1 in each of 3 loads)', async (path) => {
		for (let load = 0; load < 3; load += 1) {
			const { total, movers } = await layoutShift(path);
			expect(total, `load ${load + 1}: moved ${movers.join(', ')}`).toBeLessThan(0.1);
		}
	});
});
