/**
 * The order test files start in. The workers share the files; the run ends when the last one does, so
 * the longest start first and the short ones fill in around them: the type check and the browser tests,
 * then the tests of the built HTML, then the unit tests. Within a layer, Vitest's own order stands
 * (failed first, then longest by the last run, or largest when there is none), except that in the
 * build layer the files that run builds of their own start first: their builds queue one after another
 * on the project's Astro lock (scripts/lib/astro-build.ts), and a fresh clone, with no timings of a last
 * run, would otherwise start them in order of size, the last of them when the others are done.
 */
import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const layers = ['types', 'e2e', 'build', 'unit'];

/** Whether a test file starts an Astro build of its own (it calls scripts/lib/astro-build.ts). */
export function startsBuilds(source: string): boolean {
	return /\bimport\s*\{[^}]*\bastroBuild(?:OrThrow)?\b[^}]*\}\s*from\s*['"][./]*scripts\/lib\/astro-build['"]/.test(source);
}

export default class SlowestLayersFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const layer = (file: TestSpecification) => {
			const index = layers.indexOf(file.project.name);
			return index === -1 ? layers.length : index;
		};
		const building = new Set(sorted.filter((file) => file.project.name === 'build' && startsBuilds(readFileSync(file.moduleId, 'utf8'))));
		const rank = (file: TestSpecification) => layer(file) * 2 + (building.has(file) ? 0 : 1);
		// Array.prototype.sort is stable: Vitest's order holds inside each group.
		return sorted.sort((a, b) => rank(a) - rank(b));
	}
}
