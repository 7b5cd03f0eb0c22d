// The whole catalogue, every rule, every file: fails once with the full list of problems.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkCorpus, formatProblems } from '../../src/lib/corpus';
import { contentRoot, readContent } from '../../src/lib/read-content';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const read = readContent(contentRoot(projectRoot, {}), projectRoot);
const checked = checkCorpus(read.protocols, read.entries, read.concepts);

describe('the content catalogue', () => {
	it('has no problems', () => {
		const problems = [...read.problems, ...checked.problems];
		if (problems.length > 0) expect.fail(formatProblems(problems));
	});
});
