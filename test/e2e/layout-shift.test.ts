// Long pages are painted before all of their HTML has arrived; nothing may move when the rest does.
// The CPU is slowed four times so that the first paint comes early, as on a slow phone.
import { describe, expect, it } from 'vitest';
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
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(`${site.url}${path}`);
	await page.waitForLoadState('load');
	await page.waitForTimeout(800);
	const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; nodes: string[] }[] }).shifts);
	await context.close();
	return { total: shifts.reduce((sum, shift) => sum + shift.value, 0), movers: shifts.filter((shift) => shift.value > 0.01).flatMap((shift) => shift.nodes) };
}

describe('layout shift while a long page loads', () => {
	// The pages with the longest HTML: the comparison matrix and the largest protocol references.
	it.each(['/compare/', '/stt/', '/m2m/', '/codes/'])('%s keeps its layout (cumulative shift < 0.1 in each of 3 loads)', async (path) => {
		for (let load = 0; load < 3; load += 1) {
			const { total, movers } = await layoutShift(path);
			expect(total, `load ${load + 1}: moved ${movers.join(', ')}`).toBeLessThan(0.1);
		}
	});
});
