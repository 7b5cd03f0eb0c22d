/**
 * Runs the real `astro build` in a child process, for the tests and the bench: the site's build
 * switches come from the caller alone (never inherited from the shell), and the log comes out plain.
 *
 * scripts/lib/ holds the Node tooling that drives the site from outside (building it, serving the
 * output, opening it in Chromium), shared by scripts/ and test/. It sits with the scripts because
 * src/ is the site itself and what it ships, and a script must not reach into the test suite.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The site's own build switches (README, "Build switches"), dropped from the inherited environment. */
const siteSwitches = ['ATLAS_CONTENT_ROOT', 'ATLAS_CACHE_DIR', 'ATLAS_ALIAS_PAGES', 'ATLAS_INCREMENTAL', 'ATLAS_RENDER_WORKERS', 'ATLAS_HIGHLIGHT_THREAD'];

/**
 * Vite's own `import.meta.env` names. A Vitest worker copies its `import.meta.env` into `process.env`
 * (DEV=1, PROD empty, MODE=test), and a build that inherits them has `import.meta.env.DEV` set: it
 * writes Starlight's "search is only available in production builds" in place of the search box.
 */
const viteEnvNames = ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'];

export function astroBuildEnv(switches: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !siteSwitches.includes(name) && !viteEnvNames.includes(name) && name !== 'FORCE_COLOR'));
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

/**
 * Astro keeps some of a build's work under the project's own `.astro/` folder whatever `--outDir` and
 * the cache folder are (the prerendered chunks of a build into a folder outside the project, the
 * content modules, the generated types), so two Astro processes of one project must not overlap: the
 * tests run files side by side, and one building while another builds or type-checks had a build
 * import another's chunks. Each run of Astro holds this lock, a folder made atomically, for as long as
 * it runs; a lock left by a process that has died is taken over.
 */
const lockDir = join(projectRoot, 'node_modules/.cache/atlas-astro.lock');
const pause = new Int32Array(new SharedArrayBuffer(4));

function holderAlive(): boolean {
	try {
		const pid = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
		if (!Number.isInteger(pid) || pid <= 0) return true;
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// No such process: the holder died. A lock whose pid file is not written yet is still live.
		return (error as NodeJS.ErrnoException).code !== 'ESRCH';
	}
}

/** Runs `work` while no other Astro process of this project runs (through this module). */
export function withAstroLock<T>(work: () => T): T {
	mkdirSync(dirname(lockDir), { recursive: true });
	for (;;) {
		try {
			mkdirSync(lockDir);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			if (!holderAlive()) rmSync(lockDir, { recursive: true, force: true });
			// Synchronous on purpose: callers run Astro with spawnSync. Checked again every quarter second.
			else Atomics.wait(pause, 0, 0, 250);
		}
	}
	try {
		writeFileSync(join(lockDir, 'pid'), String(process.pid));
		return work();
	} finally {
		rmSync(lockDir, { recursive: true, force: true });
	}
}

/** Runs the Astro command line (`build`, `check`…) in the project, under the lock. */
export function runAstro(args: readonly string[], env: NodeJS.ProcessEnv): AstroBuildResult {
	const result = withAstroLock(() =>
		spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], {
			cwd: projectRoot,
			encoding: 'utf8',
			env,
			maxBuffer: 64 * 1024 * 1024,
		}),
	);
	return { status: result.status, log: withoutColour(`${result.stdout}\n${result.stderr}`) };
}

export function astroBuild(options: AstroBuildOptions = {}): AstroBuildResult {
	return runAstro(['build', ...(options.outDir ? ['--outDir', options.outDir] : [])], astroBuildEnv(options.env));
}

/** Like `astroBuild`, but throws with the end of the log when the build fails. */
export function astroBuildOrThrow(label: string, options: AstroBuildOptions = {}): string {
	const { status, log } = astroBuild(options);
	if (status !== 0) throw new Error(`the ${label} build failed (exit ${status}):\n${log.slice(-4000)}`);
	return log;
}
