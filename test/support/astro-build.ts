/**
 * Runs the real `astro build` in a child process for the tests, with the site's build switches set by
 * the test alone (never inherited from the shell) and a plain, uncoloured log to read.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

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

/** Colour escape sequences: Astro's logger colours its output when `CI` or `FORCE_COLOR` is set. */
const ansi = /\u001b\[[0-9;]*m/g;

export function astroBuild(options: AstroBuildOptions = {}): AstroBuildResult {
	const { ATLAS_CONTENT_ROOT: _root, ATLAS_ALIAS_PAGES: _aliases, ATLAS_INCREMENTAL: _incremental, ATLAS_CACHE_DIR: _cache, FORCE_COLOR: _force, ...inherited } = process.env;
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...(options.outDir ? ['--outDir', options.outDir] : [])], {
		cwd: projectRoot,
		encoding: 'utf8',
		// Vitest sets NODE_ENV=test, which would make Astro build a development site (no search index UI).
		env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', NO_COLOR: '1', ...options.env },
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status, log: `${result.stdout}\n${result.stderr}`.replace(ansi, '') };
}

/** Like `astroBuild`, but throws with the end of the log when the build fails. */
export function astroBuildOrThrow(label: string, options: AstroBuildOptions = {}): string {
	const { status, log } = astroBuild(options);
	if (status !== 0) throw new Error(`the ${label} build failed (exit ${status}):\n${log.slice(-4000)}`);
	return log;
}
