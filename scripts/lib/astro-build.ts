/**
 * Runs the real `astro build` in a child process, for the tests and the bench: the site's build
 * switches come from the caller alone (never inherited from the shell), and the log comes out plain.
 *
 * scripts/lib/ holds the Node tooling that drives the site from outside (building it, serving the
 * output, opening it in Chromium), shared by scripts/ and test/. It sits with the scripts because
 * src/ is the site itself and what it ships, and a script must not reach into the test suite.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The site's own build switches (README, "Build switches"), dropped from the inherited environment. */
const siteSwitches = ['ATLAS_CONTENT_ROOT', 'ATLAS_CACHE_DIR', 'ATLAS_ALIAS_PAGES', 'ATLAS_INCREMENTAL'];

export function astroBuildEnv(switches: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !siteSwitches.includes(name) && name !== 'FORCE_COLOR'));
	return {
		...inherited,
		ASTRO_TELEMETRY_DISABLED: '1',
		// Vitest sets NODE_ENV=test, which would make Astro build a development site (no search index UI).
		NODE_ENV: 'production',
		// Astro's logger colours its output when CI or FORCE_COLOR is set.
		NO_COLOR: '1',
		...switches,
	};
}

/** Colour escape sequences: removed from a log before it is read, should any get through. */
const ansi = /\u001b\[[0-9;]*m/g;

export function withoutColour(log: string): string {
	return log.replace(ansi, '');
}

export interface AstroBuildOptions {
	/** Where to write the site; Astro's `dist/` when left out. */
	outDir?: string;
	/** The site's own switches (`ATLAS_CONTENT_ROOT`, `ATLAS_CACHE_DIR`, `ATLAS_ALIAS_PAGES`, `ATLAS_INCREMENTAL`…). */
	env?: Record<string, string>;
}

export interface AstroBuildResult {
	status: number | null;
	/** stdout and stderr together, colour codes removed. */
	log: string;
}

export function astroBuild(options: AstroBuildOptions = {}): AstroBuildResult {
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...(options.outDir ? ['--outDir', options.outDir] : [])], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: astroBuildEnv(options.env),
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status, log: withoutColour(`${result.stdout}\n${result.stderr}`) };
}

/** Like `astroBuild`, but throws with the end of the log when the build fails. */
export function astroBuildOrThrow(label: string, options: AstroBuildOptions = {}): string {
	const { status, log } = astroBuild(options);
	if (status !== 0) throw new Error(`the ${label} build failed (exit ${status}):\n${log.slice(-4000)}`);
	return log;
}
