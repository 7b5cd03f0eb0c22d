/**
 * axe-core run inside the page itself: the script is injected once and `axe.run` reports violations
 * only. (@axe-core/playwright's builder spent four times as long per page on injecting into every
 * frame, serialising passes and finishing the run in a second blank page; the site has no frames.)
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Every violation on the page, as `rule-id: selector, selector`; `rules` limits the run to those rules. */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
	return page.evaluate(
		async ({ tags, rules }) => {
			const runner = (window as unknown as { axe: typeof import('axe-core') }).axe;
			const result = await runner.run(document, {
				runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
				resultTypes: ['violations'],
			});
			return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
		},
		{ tags: wcagTags, rules: rules ? [...rules] : undefined },
	);
}
