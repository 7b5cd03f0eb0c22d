// A code page's headings and its table of contents come from one list: every section it can have is in it, once, in page order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entrySectionIds, entrySections, sectionsAroundBody, toCatalogueEntry } from '../../../src/lib/catalogue';
import { code } from './fixture';

const full = toCatalogueEntry(
	code('p', '1', {
		causes: ['The peer hung up.'],
		actions: { label: 'Recovery', steps: ['Reconnect.'] },
		reasonCodes: [{ value: '3', meaning: 'Gone.' }],
		fields: [{ name: 'reason' }],
		scenarios: [{ title: 'A long idle', steps: ['Wait.'] }],
		implementationNotes: [{ implementation: 'impl', items: ['Logs it.'] }],
	}),
);
const everything = { protocolName: 'P', subCodes: [{}], printed: { shapes: [{}], disagreements: [] }, equivalents: [{}], related: [{}] };
const nothing = { protocolName: 'P', subCodes: [], printed: undefined, equivalents: [], related: [] };

describe('entrySections', () => {
	it('lists every section a code page can have, each once and in page order, when the entry has all of them', () => {
		expect(entrySections(full, everything).map((section) => section.slug)).toEqual([...entrySectionIds]);
	});

	it('lists only what every code has when the entry has nothing more', () => {
		const bare = toCatalogueEntry(code('p', '2'));
		expect(entrySections(bare, nothing).map((section) => section.slug)).toEqual(['what-to-do-now', 'meaning', 'handling', 'why-this-answer']);
	});

	it('names the steps by their label, scenarios by their number and related codes by their protocol', () => {
		const texts = new Map(entrySections(full, everything).map((section) => [section.slug, section.text]));
		expect(texts.get('what-to-do')).toBe('Recovery');
		expect(texts.get('scenarios')).toBe('Scenario');
		expect(texts.get('related')).toBe('Related codes in P');
	});

	it('puts equivalents and related codes after the Markdown body, everything else before it', () => {
		const { beforeBody, afterBody } = sectionsAroundBody(entrySections(full, everything));
		expect(afterBody.map((section) => section.slug)).toEqual(['equivalents', 'related']);
		expect(beforeBody.map((section) => section.slug)).toEqual(entrySectionIds.filter((id) => id !== 'equivalents' && id !== 'related'));
	});

	it('has every section rendered: by the code page, or by the part that writes its own heading with the same words', () => {
		const entryPage = readFileSync('src/components/ErrorEntry.astro', 'utf8');
		const ownHeadings: Record<string, string> = {
			'what-to-do-now': 'WhatToDo.astro',
			'why-this-answer': 'ActionDetail.astro',
			'as-printed': 'AsPrinted.astro',
		};
		for (const section of entrySections(full, everything)) {
			expect(entryPage, section.slug).toContain(`case '${section.slug}':`);
			const part = ownHeadings[section.slug];
			if (part) expect(readFileSync(`src/components/${part}`, 'utf8'), part).toContain(`<SectionHeading id="${section.slug}" text="${section.text}" />`);
		}
	});
});
