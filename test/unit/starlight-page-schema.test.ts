// The build patches one statement of Starlight so that <StarlightPage> builds its schema once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cacheFrontmatterSchema } from '../../src/integrations/starlight-page-schema';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const installed = readFileSync(join(projectRoot, 'node_modules/@astrojs/starlight/dist/utils/starlight-page.js'), 'utf8');

describe('cacheFrontmatterSchema', () => {
	it('finds the statement in the installed Starlight and keeps the schema after the first build of it', () => {
		const patched = cacheFrontmatterSchema(installed);
		expect(patched).toContain('atlasFrontmatterSchema ??= StarlightPageFrontmatterSchema(');
		expect(patched).not.toMatch(/const schema = await StarlightPageFrontmatterSchema\(/);
		expect(patched.startsWith('let atlasFrontmatterSchema;\n')).toBe(true);
	});

	it('stops the build with a clear message when Starlight changes the statement', () => {
		expect(() => cacheFrontmatterSchema('const schema = buildItSomeOtherWay();\n', 'starlight-page.js')).toThrow(
			/starlight-page\.js: Starlight no longer builds the <StarlightPage> frontmatter schema/,
		);
	});
});
