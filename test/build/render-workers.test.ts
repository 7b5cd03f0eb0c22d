// The test run's own build rendered its pages in the render workers (src/integrations/parallel-render.ts):
// every page Astro wrote came from a worker, for the very URL Astro asked for, the workers wrote the
// code and pair pages themselves, the sitemap lists those too, and the log sums the render time by route. That the pages are the same whichever thread renders them is
// test/build/incremental.test.ts's check: its incremental builds render on Astro's thread alone and
// must write this build's files byte for byte.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distRoot, testBuildLog } from '../support/dist';
import { catalogueEntries } from '../support/catalogue';
import { routeTimes } from '../../scripts/bench/build';

describe('render workers', () => {
	const log = existsSync(testBuildLog) ? readFileSync(testBuildLog, 'utf8') : '';

	it('rendered every page Astro wrote and every page the workers wrote themselves, and none twice', () => {
		expect(log, `${testBuildLog} is missing: it is written when the test run builds the site (not with ATLAS_REUSE_DIST=1 on a dist/ built by hand)`).not.toBe('');
		// Astro logs one line per page and endpoint it writes; the workers log how many pages they wrote.
		const byAstro = log.match(/[├└]─ \//g)?.length ?? 0;
		const byWorkers = Number(/(\d+) pages written by the render workers/.exec(log)?.[1]);
		const times = routeTimes(log);
		expect(times.renderedBy).toBe('workers');
		expect(times.routes.reduce((sum, route) => sum + route.pages, 0)).toBe(byAstro + byWorkers);
		// The code pages and the pair pages.
		const kinds = new Map(times.routes.map((route) => [route.kind, route.pages]));
		expect(byWorkers).toBe(kinds.get('code pages')! + kinds.get('pair pages')!);
		expect(log).not.toMatch(/rendered twice|Rendering on Astro's thread alone/);
	});

	it('lists in the sitemap every page the workers wrote, as Astro lists its own', () => {
		const sitemap = readFileSync(join(distRoot, 'sitemap-0.xml'), 'utf8');
		const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
		const pairs = builtPages().filter((path) => /^\/compare\/[^/]+\/[^/]+\/[^/]+\/[^/]+\/$/.test(path));
		expect(pairs.length).toBeGreaterThan(0);
		for (const path of pairs) expect(listed, path).toContain(path);
		for (const { protocol, slug } of catalogueEntries) expect(listed, `${protocol}/${slug}`).toContain(encodeURI(`/${protocol}/${slug}/`));
		// And the pages Astro wrote itself, as before.
		for (const path of ['/', '/codes/', '/compare/', '/lookup/', '/stt/']) expect(listed).toContain(path);
	});

	it('put the pair pages together from a frame, but for the one page each worker learns the frame from', () => {
		const framed = /(\d+) of (\d+) pair pages put together from their frame/.exec(log);
		expect(framed, 'the log line of src/integrations/parallel-render.ts').not.toBeNull();
		const [, pages, of] = framed!.map(Number);
		expect(of).toBe(routeTimes(log).routes.find((route) => route.kind === 'pair pages')?.pages);
		// Each worker renders one pair page with Astro to learn the frame from; the real pairs need no escaping.
		expect(pages).toBeGreaterThanOrEqual(of! - 4);
		expect(pages).toBeGreaterThan(0);
	});

	it('put the code pages together from a frame and each code’s body, but for the few Astro renders whole', () => {
		const framed = /(\d+) of (\d+) code pages put together from their frame/.exec(log);
		expect(framed, 'the log line of src/integrations/parallel-render.ts').not.toBeNull();
		const [, pages, of] = framed!.map(Number);
		expect(of).toBe(routeTimes(log).routes.find((route) => route.kind === 'code pages')?.pages);
		// Each worker learns the frame from one page rendered whole; the real catalogue's titles,
		// descriptions and headings need no escaping but for a few apostrophes and quotes.
		expect(pages).toBeGreaterThan(of! * 0.75);
	});

	it('sums the render time of the code pages and the pair pages on their own', () => {
		const kinds = new Map(routeTimes(log).routes.map((route) => [route.kind, route]));
		expect(kinds.get('code pages')?.pages).toBeGreaterThan(100);
		expect(kinds.get('pair pages')?.pages).toBeGreaterThan(0);
		expect(kinds.get('code pages')?.ms).toBeGreaterThan(0);
	});
});
