// The whole catalogue, every rule, every file: fails once with the full list of problems.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../../src/lib/corpus';
import { contentRoot, loadCatalogue } from '../../src/lib/read-content';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const checked = loadCatalogue(contentRoot(projectRoot, {}), projectRoot);

describe('the content catalogue', () => {
	it('has no problems', () => {
		const problems = checked.problems;
		if (problems.length > 0) expect.fail(formatProblems(problems));
	});
});
