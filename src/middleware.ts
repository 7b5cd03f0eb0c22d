/**
 * Runs after Starlight's own middleware (Astro runs an integration's `pre` middleware first), which
 * sets `locals.t` for each page: a production build answers each plain UI-string lookup once per
 * language instead of once per page (src/lib/remembered-translations.ts). `astro dev` keeps
 * Starlight's own, so an edited translation shows at once.
 */
import { defineMiddleware } from 'astro:middleware';
import { rememberingTranslations, type Remembered, type Translate } from './lib/remembered-translations';

const remembered: Remembered = new Map();

export const onRequest = defineMiddleware((context, next) => {
	const t = context.locals.t as unknown as Translate | undefined;
	if (import.meta.env.PROD && typeof t === 'function') {
		context.locals.t = rememberingTranslations(t, context.currentLocale ?? '', remembered) as unknown as typeof context.locals.t;
	}
	return next();
});
