/** Drives Starlight's real search dialog (Pagefind's UI over the real index) in Chromium. */
import type { Page } from 'playwright-core';

export interface SearchHit {
	url: string;
	title: string;
}

/**
 * Waits until the dialog shows its finished answer to this query: Pagefind's message names it ("12
 * results for 0x0405", not "Searching for 0x0405..."), and no result is still a loading placeholder.
 */
async function settled(page: Page, query: string): Promise<void> {
	await page.waitForFunction(
		(q) => {
			const dialog = document.querySelector('#starlight__search');
			const message = (dialog?.querySelector('.pagefind-ui__message')?.textContent ?? '').trim();
			// "12 results for 0x0405": the message must end with this query, not a longer earlier one.
			if (!message.endsWith(` ${q.trim()}`)) return false;
			const list = dialog!.querySelector('.pagefind-ui__results');
			return list !== null && list.querySelector('.pagefind-ui__loading') === null;
		},
		query,
		{ timeout: 15_000 },
	);
}

/**
 * Runs `change` (a filter ticked) and waits for the search it starts: Pagefind first swaps the list for
 * its "Searching…" message, then shows the new list. Watching for that swap tells a new answer from the
 * old one, which has the same message.
 */
async function afterNewSearch(page: Page, query: string, change: () => Promise<void>): Promise<void> {
	await page.evaluate(() => {
		const state = window as unknown as { atlasSearchRan?: boolean };
		state.atlasSearchRan = false;
		const area = document.querySelector('#starlight__search .pagefind-ui')!;
		const observer = new MutationObserver(() => {
			if (area.querySelector('.pagefind-ui__results-area') && !area.querySelector('.pagefind-ui__results')) {
				state.atlasSearchRan = true;
				observer.disconnect();
			}
		});
		observer.observe(area, { childList: true, subtree: true });
	});
	await change();
	await page.waitForFunction(() => (window as unknown as { atlasSearchRan?: boolean }).atlasSearchRan === true, undefined, { timeout: 15_000 });
	await settled(page, query);
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
		await afterNewSearch(page, query, () => group.locator(`input.pagefind-ui__filter-checkbox[value="${value}"]`).check());
	}
	return page.locator('#starlight__search .pagefind-ui__result').evaluateAll((results) =>
		results.map((result) => {
			const link = result.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link');
			return { url: new URL(link?.href ?? '', location.href).pathname, title: link?.textContent?.trim() ?? '' };
		}),
	);
}
