// The test order: files of the build layer that build the site themselves are told from the rest.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startsBuilds } from '../support/sequencer';
import { projectRoot } from '../support/dist';

describe('startsBuilds', () => {
	it('tells a file that imports the build runner from one that only reads the built site', () => {
		expect(startsBuilds(`import { astroBuildOrThrow } from '../../scripts/lib/astro-build';`)).toBe(true);
		expect(startsBuilds(`import { readFileSync } from 'node:fs';\nimport { astroBuild, withoutColour } from "../../scripts/lib/astro-build";`)).toBe(true);
		expect(startsBuilds(`import { astroBuildEnv, runAstro } from '../../scripts/lib/astro-build';`)).toBe(false);
		expect(startsBuilds(`import { builtPages } from '../support/dist';`)).toBe(false);
	});

	it('finds the build layer’s own builds: new content, an incremental rebuild and malformed content', () => {
		const dir = join(projectRoot, 'test/build');
		const building = readdirSync(dir)
			.filter((file) => file.endsWith('.test.ts') && startsBuilds(readFileSync(join(dir, file), 'utf8')))
			.sort();
		expect(building).toEqual(expect.arrayContaining(['incremental.test.ts', 'new-protocol.test.ts', 'quality.test.ts']));
		expect(building).not.toContain('site.test.ts');
	});
});
