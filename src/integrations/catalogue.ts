/**
 * Reads and checks the catalogue when Astro loads its config, before anything is built: a malformed
 * entry stops `astro dev` and `astro build` with every problem listed, each naming file and field.
 */
import { formatProblems, type CheckedCorpus } from '../lib/corpus';
import { contentRoot, loadCatalogue, readGuides } from '../lib/read-content';
import { buildSidebar } from '../lib/sidebar';

export function loadCheckedCatalogue(projectRoot: string, env: NodeJS.ProcessEnv = process.env): CheckedCorpus {
	const checked = loadCatalogue(contentRoot(projectRoot, env), projectRoot);
	if (checked.problems.length > 0) throw new Error(formatProblems(checked.problems));
	return checked;
}

export function sidebarFor(catalogue: CheckedCorpus, projectRoot: string) {
	return buildSidebar(
		[...catalogue.protocols].map(([id, protocol]) => ({ id, ...protocol })),
		readGuides(projectRoot),
	);
}
