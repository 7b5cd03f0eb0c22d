import { describe, expect, it } from 'vitest';
import { rememberingTranslations, type Remembered, type Translate } from '../../src/lib/remembered-translations';

function counting(lang: string) {
	const calls: string[] = [];
	const strings: Record<string, string> = { 'search.label': `Search (${lang})`, 'skipLink.label': 'Skip to content' };
	const t = Object.assign((key: string, options?: unknown) => {
		calls.push(key);
		return options === undefined ? (strings[key] ?? key) : `${strings[key] ?? key} ${JSON.stringify(options)}`;
	}, {
		all: () => ({ ...strings }),
		exists: (key: string) => key in strings,
		dir: () => 'ltr' as const,
		lng: lang,
	}) as Translate & { lng: string };
	return { t, calls };
}

describe('rememberingTranslations', () => {
	it('answers as Starlight’s t does, asking it once per key and language for the whole build', () => {
		const remembered: Remembered = new Map();
		const first = counting('en');
		const pageOne = rememberingTranslations(first.t, 'en', remembered);
		expect(pageOne('search.label')).toBe('Search (en)');
		expect(pageOne('search.label')).toBe('Search (en)');
		// The next page's own t is never asked for what a page already asked.
		const second = counting('en');
		const pageTwo = rememberingTranslations(second.t, 'en', remembered);
		expect(pageTwo('search.label')).toBe('Search (en)');
		expect(pageTwo('skipLink.label')).toBe('Skip to content');
		expect(first.calls).toEqual(['search.label']);
		expect(second.calls).toEqual(['skipLink.label']);
		// Another language has its own answers.
		const french = counting('fr');
		expect(rememberingTranslations(french.t, 'fr', remembered)('search.label')).toBe('Search (fr)');
	});

	it('passes a lookup with options through every time, and keeps all, exists, dir and the function’s own fields', () => {
		const remembered: Remembered = new Map();
		const { t, calls } = counting('en');
		const wrapped = rememberingTranslations(t, 'en', remembered) as Translate & { lng: string };
		expect(wrapped('search.label', { count: 2 })).toBe('Search (en) {"count":2}');
		expect(wrapped('search.label', { count: 2 })).toBe('Search (en) {"count":2}');
		expect(calls).toEqual(['search.label', 'search.label']);
		expect(wrapped.all()).toEqual(t.all());
		expect(Object.isFrozen(wrapped.all())).toBe(true);
		expect(wrapped.exists('search.label')).toBe(true);
		expect(wrapped.dir()).toBe('ltr');
		expect(wrapped.lng).toBe('en');
	});
});
