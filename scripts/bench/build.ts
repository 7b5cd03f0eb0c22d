/**
 * One `astro build` of a catalogue into a temp folder, measured: wall and CPU time, peak memory,
 * bytes written, the time of each build phase and the render time by route, read from its log.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroBuildEnv, withoutColour } from '../lib/astro-build';
import { renderTimesFromLog } from '../../src/integrations/parallel-render';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');


/** Log lines that mark the start of each build phase, in order; a phase ends where the next begins. */
export const phaseMarkers: { phase: string; marker: RegExp }[] = [
	{ phase: 'config and catalogue check', marker: /^/ },
	{ phase: 'content layer sync', marker: /\[content\] Syncing content/ },
	{ phase: 'types, build info, emptying the output folder', marker: /\[content\] Synced content/ },
	{ phase: 'vite bundle', marker: /Building static entrypoints/ },
	{ phase: 'route setup (getStaticPaths)', marker: /generating static routes/ },
	{ phase: 'page rendering', marker: /[├└]─ \// },
	{ phase: 'pagefind index', marker: /Building search index with Pagefind/ },
	{ phase: 'post-build hooks', marker: /Finished building search index/ },
	{ phase: 'exit', marker: /\[build\] Complete!/ },
];

export interface BuildRun {
	wallMs: number;
	/** HTML pages the build wrote (pagesBuilt()). */
	pages: number;
	/** Alias redirect pages the permalinks integration wrote. */
	aliasPages: number;
	peakRssKb: number | undefined;
	peakHow: string;
	/** User plus system CPU time of the build and its children (Pagefind), from GNU time. */
	cpuMs: number | undefined;
	/** Bytes the build wrote to the file system, from GNU time's block count. */
	writtenBytes: number | undefined;
	phases: { phase: string; ms: number }[];
	/** The 5-minute load average when the build ended: above 0 means other work shared the cores. */
	loadAfter: string;
	/** Render time by kind of route (routeTimes()). */
	routes: { kind: string; pages: number; ms: number }[];
	/** Who rendered the pages: render workers, or Astro on its own thread. */
	renderedBy: 'workers' | 'astro';
	/** The slowest single pages. */
	slowest: { path: string; ms: number }[];
	/** Pages Astro's incremental build copied from the last build instead of rendering them. */
	reused: number;
	logFile: string;
}

/** Which kind of route a built path is, for the render-time breakdown. */
function routeKind(path: string): string {
	const parts = path.split('/').filter(Boolean);
	// Two codes side by side, /compare/<p>/<s>/<p>/<s>/, apart from the matrix and the concept pages.
	if (parts[0] === 'compare') return parts.length === 6 ? 'pair pages' : 'compare pages';
	if (parts[0] === 'guides') return 'guides';
	if (parts.length === 3 && parts[2] === 'index.html') return 'code pages';
	if (parts.length === 2 && parts[1] === 'index.html') return parts[0] === 'codes' || parts[0] === 'lookup' ? `/${parts[0]}/` : 'protocol pages';
	return 'other';
}

/** Which kind of route an Astro route pattern is, for the same breakdown. */
export function routePatternKind(route: string): string {
	if (route === '/compare/[p1]/[s1]/[p2]/[s2]') return 'pair pages';
	if (route === '/compare' || route.startsWith('/compare/')) return 'compare pages';
	if (route === '/[protocol]/[code]') return 'code pages';
	if (route === '/[protocol]') return 'protocol pages';
	if (route === '/codes' || route === '/lookup') return `${route}/`;
	// Starlight's route for the guides, the only Markdown pages.
	if (route === '/[...slug]') return 'guides';
	return 'other';
}

/**
 * The render time of each kind of route. With render workers (src/integrations/parallel-render.ts),
 * from the line the build logs after the last page, the time each worker took per page summed by
 * route (a route's first page in a worker includes that worker's getStaticPaths for the route);
 * rendering on Astro's thread alone, from Astro's `├─ /stt/0x0101/index.html (+12ms)` after each page.
 */
export function routeTimes(text: string): Pick<BuildRun, 'routes' | 'slowest' | 'renderedBy'> {
	const byKind = new Map<string, { pages: number; ms: number }>();
	const add = (kind: string, pages: number, ms: number) => {
		const sum = byKind.get(kind) ?? { pages: 0, ms: 0 };
		sum.pages += pages;
		sum.ms += ms;
		byKind.set(kind, sum);
	};
	const routes = () => [...byKind].map(([kind, { pages, ms }]) => ({ kind, pages, ms })).sort((a, b) => b.ms - a.ms);
	const logged = renderTimesFromLog(text);
	if (logged) {
		for (const { route, pages, ms } of logged.routes) add(routePatternKind(route), pages, ms);
		return { routes: routes(), slowest: logged.slowest, renderedBy: 'workers' };
	}
	const pages: { path: string; ms: number }[] = [];
	for (const match of text.matchAll(/[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
		const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
		pages.push({ path: match[1]!, ms });
		add(routeKind(match[1]!), 1, ms);
	}
	return { routes: routes(), slowest: pages.sort((a, b) => b.ms - a.ms).slice(0, 3), renderedBy: 'astro' };
}

/**
 * HTML pages the build wrote: those Astro reports it built (its count leaves out the JSON endpoints),
 * and the code and pair pages the render workers wrote themselves (src/integrations/parallel-render.ts).
 */
export function pagesBuilt(log: string): number {
	const byAstro = Number(/(\d+) page\(s\) built in/.exec(log)?.[1] ?? 0);
	const byWorkers = Number(/(\d+) pages written by the render workers/.exec(log)?.[1] ?? 0);
	return byAstro + byWorkers;
}

const gnuTime = existsSync('/usr/bin/time') && /Maximum resident/.test(spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' }).stderr ?? '');

/** Sums VmRSS over a process and its descendants (for machines without GNU time). */
function treeRssKb(rootPid: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const status = readFileSync(`/proc/${name}/status`, 'utf8');
			const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
			rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// The process ended while we looked.
		}
	}
	let total = 0;
	const stack = [rootPid];
	while (stack.length > 0) {
		const pid = stack.pop()!;
		total += rss.get(pid) ?? 0;
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

export interface BuildOptions {
	/** The catalogue folder (`ATLAS_CONTENT_ROOT`); the real `content/` when left out. */
	contentRoot?: string;
	outDir: string;
	cacheDir: string;
	/** More of the site's build switches, e.g. `ATLAS_INCREMENTAL`. */
	env?: Record<string, string>;
}

/** Builds once; the build's log and GNU time's report go to `logDir`, named after `label`. */
export async function astroBuild(logDir: string, label: string, options: BuildOptions): Promise<BuildRun> {
	const logFile = join(logDir, `build-${label}.log`);
	const timeFile = join(logDir, `time-${label}.txt`);
	const env = astroBuildEnv({
		ATLAS_CACHE_DIR: options.cacheDir,
		...(options.contentRoot ? { ATLAS_CONTENT_ROOT: options.contentRoot } : {}),
		...options.env,
	});
	const command = [process.execPath, astroBin, 'build', '--outDir', options.outDir];
	const [file, ...rest] = gnuTime ? ['/usr/bin/time', '-v', '-o', timeFile, ...command] : command;
	const output = createWriteStream(logFile);
	// Let the last build's writes reach the disk first, so they are not counted against this one.
	spawnSync('sync');
	const started = performance.now();
	const child = spawn(file!, rest, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
	const reached = new Map<string, number>([['config and catalogue check', started]]);
	let pending = '';
	const onData = (chunk: Buffer) => {
		output.write(chunk);
		pending += withoutColour(chunk.toString('utf8'));
		const lines = pending.split('\n');
		pending = lines.pop() ?? '';
		for (const line of lines) {
			for (const { phase, marker } of phaseMarkers) {
				if (!reached.has(phase) && marker.test(line)) reached.set(phase, performance.now());
			}
		}
	};
	child.stdout.on('data', onData);
	child.stderr.on('data', onData);
	let polledPeak = 0;
	const poller = gnuTime ? undefined : setInterval(() => (polledPeak = Math.max(polledPeak, treeRssKb(child.pid ?? 0))), 250);
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const wallMs = performance.now() - started;
	if (poller) clearInterval(poller);
	await new Promise<void>((resolve) => output.end(resolve));
	const text = withoutColour(readFileSync(logFile, 'utf8'));
	if (code !== 0) throw new Error(`the ${label} build failed (exit ${code}); its log is ${logFile}:\n${text.split('\n').slice(-30).join('\n')}`);

	const times = phaseMarkers.map(({ phase }) => ({ phase, at: reached.get(phase) })).filter((item): item is { phase: string; at: number } => item.at !== undefined);
	const phases = times.map(({ phase, at }, i) => ({ phase, ms: (times[i + 1]?.at ?? started + wallMs) - at }));
	const timeReport = gnuTime ? readFileSync(timeFile, 'utf8') : '';
	const timeField = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(timeReport)?.[1] ?? Number.NaN);
	const peakRssKb = gnuTime ? timeField('Maximum resident set size \\(kbytes\\)') : polledPeak;
	return {
		wallMs,
		cpuMs: gnuTime ? (timeField('User time \\(seconds\\)') + timeField('System time \\(seconds\\)')) * 1000 : undefined,
		// GNU time counts file system outputs in 512-byte blocks.
		writtenBytes: gnuTime ? timeField('File system outputs') * 512 : undefined,
		pages: pagesBuilt(text),
		aliasPages: Number(/(\d+) alias pages/.exec(text)?.[1] ?? 0),
		peakRssKb,
		peakHow: gnuTime ? 'max RSS of the largest process (GNU time)' : 'summed RSS of the process tree (polled)',
		phases,
		loadAfter: loadavg()[1]!.toFixed(2),
		...routeTimes(text),
		reused: text.split('\n').filter((line) => /\((?:restored|cached)\)\s*$/.test(line)).length,
		logFile,
	};
}

/** The run with the median wall time. */
export const medianRun = (builds: readonly BuildRun[]): BuildRun => [...builds].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(builds.length / 2)]!;
