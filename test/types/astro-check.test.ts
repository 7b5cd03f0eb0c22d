// The whole project type-checks: TypeScript, the .astro components and the content collections'
// generated types, with Astro's own checker. It runs beside the other layers instead of before them.
import { expect, it } from 'vitest';
import { astroBuildEnv, runAstro } from '../../scripts/lib/astro-build';

it('astro check finds no error and no warning', () => {
	// Under the lock the builds of the other layers take: astro check writes the project's .astro/ too.
	const result = runAstro(['check'], astroBuildEnv());
	const log = result.log;
	const summary = /Result \((\d+) files?\):\s*\n-\s*(\d+) errors?\n-\s*(\d+) warnings?\n-\s*(\d+) hints?/.exec(log);
	expect(summary, `no summary in the output of astro check:\n${log.slice(-4000)}`).not.toBeNull();
	const [, files, errors, warnings, hints] = summary!.map(Number);
	expect(files, 'files checked').toBeGreaterThan(50);
	expect({ errors, warnings }, `${hints} hints; the end of the log:\n${log.slice(-8000)}`).toEqual({ errors: 0, warnings: 0 });
	expect(result.status).toBe(0);
}, 300_000);
