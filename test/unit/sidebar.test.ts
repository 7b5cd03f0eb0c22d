// src/lib/sidebar.ts: every page carries the sidebar, so it lists tools, protocols and guides, never codes.
import { describe, expect, it } from 'vitest';
import { buildSidebar } from '../../src/lib/sidebar';

const protocols = [
	{ id: 'twamp', name: 'TWAMP', order: 3 },
	{ id: 'stt', name: 'STT', order: 1 },
	{ id: 'dtp', name: 'DTP', order: 2 },
];
const guides = [
	{ slug: 'urls', title: 'URLs', order: 2 },
	{ slug: 'reading', title: 'Reading a page', order: 1 },
];

const group = (label: string) => buildSidebar(protocols, guides).find((item) => item.label === label) as { items: { label: string; link: string }[] };

describe('buildSidebar', () => {
	it('lists the protocols by their order, not the order given, each linked to its page', () => {
		expect(group('Protocols').items).toEqual([
			{ label: 'STT', link: '/stt/' },
			{ label: 'DTP', link: '/dtp/' },
			{ label: 'TWAMP', link: '/twamp/' },
		]);
	});

	it('lists the guides by their order', () => {
		expect(group('Guides').items).toEqual([
			{ label: 'Reading a page', link: '/guides/reading/' },
			{ label: 'URLs', link: '/guides/urls/' },
		]);
	});

	it('opens with the site-wide tools, each a link to a page', () => {
		const tools = buildSidebar(protocols, guides).filter((item) => 'link' in item);
		expect(tools.map((item) => (item as { link: string }).link)).toEqual(['/lookup/', '/triage/', '/codes/', '/compare/']);
	});

	it('grows with protocols only: a protocol adds one link, nothing more', () => {
		const count = (items: unknown[]): number => items.reduce<number>((sum, item) => sum + 1 + ('items' in (item as object) ? count((item as { items: unknown[] }).items) : 0), 0);
		const more = buildSidebar([...protocols, { id: 'm2m', name: 'M2M Protocol', order: 5 }], guides);
		expect(count(more)).toBe(count(buildSidebar(protocols, guides)) + 1);
	});
});
