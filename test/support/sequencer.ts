/**
 * The order test files start in. The workers share the files; the run ends when the last one does, so
 * the longest start first and the short ones fill in around them: the type check and the browser tests,
 * then the tests of the built HTML, then the unit tests. Within a layer, Vitest's own order stands
 * (failed first, then longest by the last run, or largest when there is none).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const layers = ['types', 'e2e', 'build', 'unit'];

export default class SlowestLayersFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const rank = (file: TestSpecification) => {
			const index = layers.indexOf(file.project.name);
			return index === -1 ? layers.length : index;
		};
		// Array.prototype.sort is stable: Vitest's order holds inside each layer.
		return sorted.sort((a, b) => rank(a) - rank(b));
	}
}
