/**
 * Starlight's UI strings (`Astro.locals.t`) for a whole build: Starlight makes a new translation
 * function for every page, and each call runs i18next's whole lookup (resources, nesting,
 * interpolation). A page's frame asks for the same few dozen strings on every page: at 10,000 codes
 * i18next was a twelfth of the time spent rendering pages. This keeps the answer to each plain
 * lookup (a key, no options) per language, and passes anything else through. Pure; src/middleware.ts
 * applies it to every page of a production build.
 */

/** The shape of Starlight's `t`: a function with `all`, `exists` and `dir` (i18next's fixed `t`). */
export interface Translate {
	(key: string, options?: unknown): string;
	all: () => Record<string, string>;
	exists: (key: string, options?: unknown) => boolean;
	dir: (lang?: string) => 'ltr' | 'rtl';
}

export type Remembered = Map<string, { strings: Map<string, string>; all?: Readonly<Record<string, string>> }>;

export function rememberingTranslations<T extends Translate>(t: T, lang: string, remembered: Remembered): T {
	let known = remembered.get(lang);
	if (!known) remembered.set(lang, (known = { strings: new Map() }));
	const language = known;
	const translate = (key: string, options?: unknown) => {
		if (options !== undefined || typeof key !== 'string') return t(key, options);
		let text = language.strings.get(key);
		if (text === undefined) language.strings.set(key, (text = t(key)));
		return text;
	};
	return Object.assign(translate, {
		...t,
		all: () => (language.all ??= Object.freeze({ ...t.all() })),
		exists: t.exists,
		dir: t.dir,
	}) as unknown as T;
}
