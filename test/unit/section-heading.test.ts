import { describe, expect, it } from 'vitest';
import { itemHeadingIds, sectionLinkLabel } from '../../src/lib/section-heading';

describe('ids for the headings a section repeats', () => {
	it('say what they point at, in lower-case words joined by hyphens', () => {
		expect(itemHeadingIds('implementation', ['twampy', 'm2m-protocol 0.4.0 (observed behaviour)'])).toEqual([
			'implementation-twampy',
			'implementation-m2m-protocol-0-4-0-observed-behaviour',
		]);
		expect(itemHeadingIds('scenario', ['Décryption Failure'])).toEqual(['scenario-decryption-failure']);
	});

	it('stay unique when two items share their words, and exist when an item has none', () => {
		expect(itemHeadingIds('scenario', ['Buffer full', 'Buffer Full!', '…', 'Buffer full'])).toEqual([
			'scenario-buffer-full',
			'scenario-buffer-full-2',
			'scenario-3',
			'scenario-buffer-full-3',
		]);
	});
});

it('a heading’s link is named by where it goes', () => {
	expect(sectionLinkLabel('Causes')).toBe('Link to the section “Causes”');
});
