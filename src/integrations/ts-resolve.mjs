/**
 * A module resolve hook for worker threads that import the site's TypeScript without Vite: Node
 * strips the types itself, but does not add the `.ts` that the site's imports leave out
 * (`import { apiFiles } from './api'`). catalogue-files-worker.mjs and render-worker.mjs register it
 * for their own threads (`module.registerHooks`, which runs it in the thread that registers it).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function resolve(specifier, context, next) {
	const relative = specifier.startsWith('./') || specifier.startsWith('../');
	if (relative && context.parentURL?.startsWith('file:') && !/\.[cm]?[jt]s$|\.json$/.test(specifier)) {
		const url = new URL(`${specifier}.ts`, context.parentURL);
		if (existsSync(fileURLToPath(url))) return next(url.href, context);
	}
	return next(specifier, context);
}
