// The whole project type-checks: TypeScript, the .astro components and the content collections'
// generated types, with Astro's own checker. It runs beside the other layers instead of before them.
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { astroBuildEnv, withoutColour } from '../../scripts/lib/astro-build';
import { projectRoot } from '../support/dist';

it('astro check finds no error and no warning', () => {
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: astroBuildEnv(),
		maxBuffer: 64 * 1024 * 1024,
	});
	const log = withoutColour(`${result.stdout}\n${result.stderr}`);
	const summary = /Result \((\d+) files?\):\s*\n-\s*(\d+) errors?\n-\s*(\d+) warnings?\n-\s*(\d+) hints?/.exec(log);
	expect(summary, `no summary in the output of astro check:\n${log.slice(-4000)}`).not.toBeNull();
	const [, files, errors, warnings, hints] = summary!.map(Number);
	expect(files, 'files checked').toBeGreaterThan(50);
	expect({ errors, warnings }, `${hints} hints; the end of the log:\n${log.slice(-8000)}`).toEqual({ errors: 0, warnings: 0 });
	expect(result.status).toBe(0);
}, 300_000);
