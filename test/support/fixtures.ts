/**
 * The content fixtures. `test/fixtures/valid/` is one small valid catalogue; each
 * `test/fixtures/invalid/<name>/` is an overlay that breaks one rule: the files it adds or replaces,
 * and in `_delete.txt` (one path a line, `#` starts a comment) any valid file it takes away. This
 * builds the catalogue an overlay stands for, in a temporary folder.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalogue, type CheckedCorpus, type Problem } from '../../src/lib/corpus';
import { loadCatalogue, readContent } from '../../src/lib/read-content';
import type { Catalogue } from '../../src/lib/rules/rule';

const fixturesRoot = fileURLToPath(new URL('../fixtures', import.meta.url));

/** The overlays' names, one per broken rule. */
export const invalidFixtures = readdirSync(join(fixturesRoot, 'invalid')).sort();

export interface MaterialisedFixture {
	/** The catalogue: valid/ with the overlay laid over it. */
	root: string;
	/**
	 * A stand-in project root, under which `root` sits at the overlay's own path, so that messages
	 * name `test/fixtures/invalid/<name>/…` as they would if the whole catalogue were in the repository.
	 */
	projectRoot: string;
	remove(): void;
}

const deletionList = '_delete.txt';

function deletions(overlay: string): string[] {
	const list = join(overlay, deletionList);
	if (!existsSync(list)) return [];
	return readFileSync(list, 'utf8')
		.split('\n')
		.map((line) => line.replace(/#.*/, '').trim())
		.filter((line) => line !== '');
}

/** Lays `invalid/<overlay>/` over `valid/` in a new temporary folder; without an overlay, valid/ alone. */
export function materialiseFixture(overlay?: string): MaterialisedFixture {
	const projectRoot = mkdtempSync(join(tmpdir(), 'atlas-fixture-'));
	const root = join(projectRoot, 'test/fixtures', overlay === undefined ? 'valid' : join('invalid', overlay));
	cpSync(join(fixturesRoot, 'valid'), root, { recursive: true });
	if (overlay !== undefined) {
		const source = join(fixturesRoot, 'invalid', overlay);
		// No `force`: a path the valid catalogue no longer has fails here rather than silently deleting nothing.
		for (const path of deletions(source)) rmSync(join(root, path));
		cpSync(source, root, { recursive: true, filter: (path) => basename(path) !== deletionList });
	}
	return { root, projectRoot, remove: () => rmSync(projectRoot, { recursive: true, force: true }) };
}

/** A fixture loaded and checked the way the build loads the real catalogue. */
export function loadFixture(overlay?: string): CheckedCorpus {
	const fixture = materialiseFixture(overlay);
	try {
		return loadCatalogue(fixture.root, fixture.projectRoot);
	} finally {
		fixture.remove();
	}
}

/** A fixture as the rules see it, with the problems found before any rule runs (reading, schemas). */
export function fixtureCatalogue(overlay?: string): { catalogue: Catalogue; problems: Problem[] } {
	const fixture = materialiseFixture(overlay);
	try {
		const read = readContent(fixture.root, fixture.projectRoot);
		const parsed = parseCatalogue(read.protocols, read.entries, read.concepts, read.printed);
		return { catalogue: parsed.catalogue, problems: [...read.problems, ...parsed.problems] };
	} finally {
		fixture.remove();
	}
}
