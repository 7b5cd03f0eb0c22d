// The render workers (src/integrations/parallel-render.ts, UPGRADING.md) give Astro's build app, in each
// worker, the parts of Astro's build internals and options it reads while rendering a page. These read
// the installed Astro: some fail when it reads more than the workers give it, one when Astro renders
// pages on several threads itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const astroDist = join(projectRoot, 'node_modules/astro/dist/');
const readAstro = (path: string) => readFileSync(join(astroDist, path), 'utf8');
const fieldsRead = (code: string, object: string) => new Set([...code.matchAll(new RegExp(`\\b${object}\\.(\\w+)`, 'g'))].map((match) => match[1]));

describe('a worker gives Astro’s build app all it reads while rendering', () => {
	it('of the build internals: each page’s styles and the bundle map', () => {
		const environment = readAstro('core/build/environment.js');
		expect(fieldsRead(environment, 'buildInternals'), 'Astro’s build environment reads more of its internals: give the workers those too').toEqual(new Set(['entrySpecifierToBundleMap']));
		expect(environment).toMatch(/getPageData\(buildInternals, routeData\.route, routeData\.component\)/);
		expect(environment).toMatch(/pageBuildData\?\.styles/);
		const runtime = readAstro('core/build/runtime.js');
		const getPageData = runtime.slice(runtime.indexOf('function getPageData'), runtime.indexOf('function cssOrder'));
		expect(fieldsRead(getPageData, 'internals'), 'getPageData reads more than pagesByKeys').toEqual(new Set(['pagesByKeys']));
	});

	it('of the options: the scripts and where to log', () => {
		const environment = readAstro('core/build/environment.js');
		expect(fieldsRead(environment, 'settings'), 'Astro’s build environment reads more of its settings: give the workers those too').toEqual(new Set(['scripts']));
		const app = readAstro('core/build/app.js');
		expect(app, 'BuildApp.setOptions reads more than the logger’s destination').toMatch(/setOptions\(options\) \{\s*this\.#buildEnv\.setOptions\(options\);\s*this\.logger\.setDestination\(options\.logger\.options\.destination\);/);
	});

	it('Astro still imports the app from a prerender-entry file and hands it the internals in setup', () => {
		const prerenderer = readAstro('core/build/default-prerenderer.js');
		expect(prerenderer).toMatch(/await import\(prerenderEntryUrl\.toString\(\)\)/);
		expect(prerenderer).toMatch(/app\.setInternals\(internals\)/);
		expect(readAstro('core/build/static-build.js')).toMatch(/PRERENDER_ENTRY_FILENAME_PREFIX = "prerender-entry"/);
	});
});

describe('the workers are still needed', () => {
	it('Astro renders pages on its own thread, one or a few at a time', () => {
		const generate = readAstro('core/build/generate.js');
		expect(generate, 'Astro’s page generation starts threads of its own now: measure whether the render workers still help').not.toMatch(/worker_threads|new Worker\(/);
	});
});
