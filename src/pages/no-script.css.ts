import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { APIRoute } from 'astro';
import { noScriptThemeCss } from '../lib/no-script-theme';

/** Starlight's colour properties, read from the installed package (UPGRADING.md, "no-script theme"). */
export const GET: APIRoute = () => {
	// props.css is not among the package's exports; markdown.css, beside it, is.
	const styles = dirname(createRequire(join(process.cwd(), 'package.json')).resolve('@astrojs/starlight/style/markdown.css'));
	const css = noScriptThemeCss(readFileSync(join(styles, 'props.css'), 'utf8'));
	return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
