import { describe, expect, it } from 'vitest';
import { pageFile, pageKey, renderWorkersFromEnv, RenderTimes, requestUrl } from '../../src/integrations/parallel-render';
import { routePatternKind, routeTimes } from '../../scripts/bench/build';

describe('pageKey', () => {
	it('is the same for the path Astro lists and the URL it renders it at', () => {
		expect(pageKey('/stt/0x0101')).toBe(pageKey('/stt/0x0101/'));
		expect(pageKey('/')).toBe('/');
		expect(pageKey('/404')).toBe(pageKey('/404/'));
		expect(pageKey('/codes/rows/stt.json')).toBe('/codes/rows/stt.json');
		// Percent-encoded in a URL, plain in Astro's list.
		expect(pageKey('/m2m/threat-excessive%20nesting/')).toBe(pageKey('/m2m/threat-excessive nesting'));
	});

	it('keeps different pages apart', () => {
		expect(pageKey('/stt/0x0101/')).not.toBe(pageKey('/stt/0x0102/'));
		expect(pageKey('/codes/rows/stt.json')).not.toBe(pageKey('/codes/rows/stt'));
	});
});

describe('pageFile', () => {
	const outDir = new URL('file:///site/dist/');

	it('is where Astro writes a page in its directory format: the page’s folder, index.html', () => {
		expect(pageFile('/stt/0x0101', outDir)).toBe('/site/dist/stt/0x0101/index.html');
		expect(pageFile('/stt/0x0101/', outDir)).toBe('/site/dist/stt/0x0101/index.html');
		expect(pageFile('/compare/stt/0x0105/dtp/7001', outDir)).toBe('/site/dist/compare/stt/0x0105/dtp/7001/index.html');
	});

	it('names the folder as the reader’s path spells it, not percent-encoded', () => {
		expect(pageFile('/m2m/threat-excessive nesting', outDir)).toBe('/site/dist/m2m/threat-excessive nesting/index.html');
		expect(pageFile('/stt/ça', outDir)).toBe('/site/dist/stt/ça/index.html');
	});
});

describe('requestUrl', () => {
	const origin = 'https://atlas.example';
	it('gives a page a closing slash, as Astro does for the directory build format', () => {
		expect(requestUrl('/stt/0x0101', { type: 'page' }, origin)).toBe('https://atlas.example/stt/0x0101/');
		expect(requestUrl('/stt/0x0101/', { type: 'page' }, origin)).toBe('https://atlas.example/stt/0x0101/');
		expect(requestUrl('/', { type: 'page' }, origin)).toBe('https://atlas.example/');
	});

	it('leaves an endpoint as it is', () => {
		expect(requestUrl('/resolver-index.json', { type: 'endpoint' }, origin)).toBe('https://atlas.example/resolver-index.json');
	});
});

describe('renderWorkersFromEnv', () => {
	it('defaults to one worker per core, at least one and at most four', () => {
		expect(renderWorkersFromEnv(undefined, 2)).toBe(2);
		expect(renderWorkersFromEnv('', 1)).toBe(1);
		expect(renderWorkersFromEnv(undefined, 64)).toBe(4);
	});

	it('takes a whole number, 0 for Astro’s own thread alone', () => {
		expect(renderWorkersFromEnv('0', 2)).toBe(0);
		expect(renderWorkersFromEnv('3', 2)).toBe(3);
		expect(() => renderWorkersFromEnv('two', 2)).toThrow(/ATLAS_RENDER_WORKERS must be a whole number/);
		expect(() => renderWorkersFromEnv('-1', 2)).toThrow(/ATLAS_RENDER_WORKERS/);
	});
});

describe('render times', () => {
	it('are summed by route and read back by the bench by kind of route', () => {
		const times = new RenderTimes();
		times.add('/[protocol]/[code]', '/stt/0x0101/', 4);
		times.add('/[protocol]/[code]', '/stt/0x0102/', 6);
		times.add('/compare/[p1]/[s1]/[p2]/[s2]', '/compare/dtp/7001/stt/0x0105/', 3);
		times.add('/404', '/404/', 90);
		const log = `12:00:00   ├─ /stt/0x0101/index.html (+1ms)\n12:00:01 [atlas:parallel-render] ${times.line()}\n`;
		const read = routeTimes(log);
		expect(read.renderedBy).toBe('workers');
		expect(read.routes).toEqual([
			{ kind: 'other', pages: 1, ms: 90 },
			{ kind: 'code pages', pages: 2, ms: 10 },
			{ kind: 'pair pages', pages: 1, ms: 3 },
		]);
		expect(read.slowest.map(({ path }) => path)).toEqual(['/404/', '/stt/0x0102/', '/stt/0x0101/']);
	});

	it('come from Astro’s own lines when Astro rendered alone', () => {
		const read = routeTimes('  ├─ /stt/0x0101/index.html (+12ms)\n  ├─ /compare/a/1/b/2/index.html (+1.5s)\n');
		expect(read.renderedBy).toBe('astro');
		expect(read.routes).toEqual([
			{ kind: 'pair pages', pages: 1, ms: 1500 },
			{ kind: 'code pages', pages: 1, ms: 12 },
		]);
	});

	it('name each of the site’s routes as the bench’s table does', () => {
		expect(routePatternKind('/[protocol]/[code]')).toBe('code pages');
		expect(routePatternKind('/compare/[p1]/[s1]/[p2]/[s2]')).toBe('pair pages');
		expect(routePatternKind('/compare/[concept]')).toBe('compare pages');
		expect(routePatternKind('/compare')).toBe('compare pages');
		expect(routePatternKind('/[protocol]')).toBe('protocol pages');
		expect(routePatternKind('/codes')).toBe('/codes/');
		expect(routePatternKind('/[...slug]')).toBe('guides');
		expect(routePatternKind('/resolver/[...piece].json')).toBe('other');
	});
});
