/** Drives Starlight's real search dialog (Pagefind's UI over the real index) in Chromium. */
import type { Page } from 'playwright-core';

export interface SearchHit {
	url: string;
	title: string;
}

/** Waits until the dialog's message names this query (Pagefind's "N results for …") and the list stops changing. */
async function settled(page: Page, query: string): Promise<void> {
	await page.waitForFunction(
		(q) => {
			const message = (document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '').trim();
			// "12 results for 0x0405": the message must end with this query, not a longer earlier one.
			return message.endsWith(` ${q.trim()}`);
		},
		query,
		{ timeout: 15_000 },
	);
	let last = '';
	for (let round = 0; round < 20; round += 1) {
		await page.waitForTimeout(100);
		const now = await page.locator('#starlight__search .pagefind-ui__results').innerHTML().catch(() => '');
		if (now === last && now !== '') return;
		last = now;
	}
}

/** Types the query into the open (or newly opened) dialog, ticks the filters given (`{ Protocol: 'TWAMP' }`), and reads the hits. */
export async function search(page: Page, query: string, filters: Record<string, string> = {}): Promise<SearchHit[]> {
	if (!(await page.locator('#starlight__search .pagefind-ui__search-input').isVisible())) {
		await page.locator('site-search button[data-open-modal]').click();
		await page.locator('#starlight__search .pagefind-ui__search-input').waitFor();
	}
	const input = page.locator('#starlight__search .pagefind-ui__search-input');
	for (const box of await page.locator('#starlight__search .pagefind-ui__filter-checkbox:checked').all()) await box.uncheck();
	await input.fill(query);
	await settled(page, query);
	for (const [name, value] of Object.entries(filters)) {
		const group = page.locator('#starlight__search details.pagefind-ui__filter-block', {
			has: page.locator('summary', { hasText: new RegExp(`^${name}$`, 'i') }),
		});
		if (!(await group.evaluate((details: HTMLDetailsElement) => details.open))) await group.locator('summary').click();
		await group.locator(`input.pagefind-ui__filter-checkbox[value="${value}"]`).check();
		await page.waitForTimeout(300);
		await settled(page, query);
	}
	return page.locator('#starlight__search .pagefind-ui__result').evaluateAll((results) =>
		results.map((result) => {
			const link = result.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link');
			return { url: new URL(link?.href ?? '', location.href).pathname, title: link?.textContent?.trim() ?? '' };
		}),
	);
}
