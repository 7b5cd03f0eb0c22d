/** Reads the content folder from disk into `ContentFile`s for `checkCorpus`. Node-only. */
import { globSync, readFileSync } from 'node:fs';
import { join, relative, resolve, basename } from 'node:path';
// Astro's own front-matter reader (the one its content layer calls), so the check sees exactly what the build will.
import { extractFrontmatter, parseFrontmatter } from 'astro/markdown';
// The YAML parser under it, for `printed/*.yaml` and for the line numbers of a syntax error.
import { load as parseYaml, YAMLException } from 'js-yaml';
import { checkCorpus, type CheckedCorpus, type ContentFile, type Problem } from './corpus';

/** The content root: `ATLAS_CONTENT_ROOT` when set (for synthetic catalogues), else `content/`. */
export function contentRoot(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
	return resolve(projectRoot, env.ATLAS_CONTENT_ROOT || 'content');
}

/** Splits a Markdown file into its parsed front matter and its body, as Astro's content layer does. */
export function parseMarkdown(text: string): { data: unknown; body: string } {
	if (extractFrontmatter(text) === undefined) throw new Error('expected the file to open with YAML front matter between "---" lines');
	try {
		const { frontmatter, content } = parseFrontmatter(text);
		return { data: frontmatter, body: content.replace(/^\r?\n/, '') };
	} catch (error) {
		if (!(error instanceof YAMLException)) throw error;
		// js-yaml counts from 0 within the front matter, whose first line is the rest of the opening "---" line.
		const where = error.mark ? ` at line ${error.mark.line + 1}, column ${error.mark.column + 1}` : '';
		throw new Error(`expected valid YAML front matter; found a syntax error${where}: ${error.reason}`);
	}
}

/** The files under `folder` matching `pattern`, sorted, leaving out those whose name starts with `_` or `.`. */
function filesIn(folder: string, pattern: string): string[] {
	return globSync(pattern, { cwd: folder, exclude: (name: string) => /^[_.]/.test(name) })
		.map((path) => join(folder, path))
		.sort();
}

const markdownFiles = (folder: string): string[] => filesIn(folder, '**/*.md');

export interface ReadContent {
	protocols: ContentFile[];
	concepts: ContentFile[];
	entries: ContentFile[];
	/** `printed/<protocol>.yaml`: what each protocol's implementation prints. */
	printed: ContentFile[];
	/** Files that could not be read or parsed at all. */
	problems: Problem[];
}

export function readContent(root: string, projectRoot: string): ReadContent {
	const problems: Problem[] = [];
	const read = (path: string, protocol?: string): ContentFile | undefined => {
		const shown = relative(projectRoot, path);
		try {
			const { data } = parseMarkdown(readFileSync(path, 'utf8'));
			return { path: shown, stem: basename(path, '.md'), protocol, data };
		} catch (error) {
			problems.push({ file: shown, message: (error as Error).message.split('\n')[0] ?? 'unreadable' });
			return undefined;
		}
	};
	const protocols = markdownFiles(join(root, 'protocols')).flatMap((path) => read(path) ?? []);
	const concepts = markdownFiles(join(root, 'concepts')).flatMap((path) => read(path) ?? []);
	const errorsRoot = join(root, 'errors');
	const entries = markdownFiles(errorsRoot).flatMap((path) => {
		const [protocol, ...rest] = relative(errorsRoot, path).split(/[\\/]/);
		if (rest.length !== 1) {
			problems.push({ file: relative(projectRoot, path), message: 'expected the entry at errors/<protocol>/<code-slug>.md' });
			return [];
		}
		return read(path, protocol) ?? [];
	});
	const printed = yamlFiles(join(root, 'printed')).flatMap((path) => {
		const shown = relative(projectRoot, path);
		try {
			return [{ path: shown, stem: basename(path, '.yaml'), data: parseYaml(readFileSync(path, 'utf8')) }];
		} catch (error) {
			const mark = error instanceof YAMLException && error.mark ? ` at line ${error.mark.line + 1}, column ${error.mark.column + 1}` : '';
			problems.push({ file: shown, message: `expected valid YAML; found a syntax error${mark}: ${(error as Error).message.split('\n')[0]}` });
			return [];
		}
	});
	return { protocols, concepts, entries, printed, problems };
}

const yamlFiles = (folder: string): string[] => filesIn(folder, '*.yaml');

/** The guides' titles and sidebar order, for the sidebar. Guides live in `content/guides/`. */
export function readGuides(projectRoot: string): { slug: string; title: string; order: number }[] {
	const folder = join(projectRoot, 'content', 'guides');
	return markdownFiles(folder).map((path) => {
		const { data } = parseMarkdown(readFileSync(path, 'utf8'));
		const front = (data ?? {}) as { title?: unknown; sidebar?: { order?: unknown } };
		return {
			slug: relative(folder, path).replace(/\.md$/, '').split(/[\\/]/).join('/'),
			title: typeof front.title === 'string' ? front.title : basename(path, '.md'),
			order: typeof front.sidebar?.order === 'number' ? front.sidebar.order : Number.MAX_SAFE_INTEGER,
		};
	});
}

/**
 * The one way to load a catalogue: read every file under `root` and check it whole. Every problem,
 * from reading and from the rules, is in `problems`; the pages, the API, the ledger, the bench and
 * the tests all start here.
 */
export function loadCatalogue(root: string, projectRoot: string): CheckedCorpus {
	const read = readContent(root, projectRoot);
	const checked = checkCorpus(read.protocols, read.entries, read.concepts, read.printed);
	return { ...checked, problems: [...read.problems, ...checked.problems] };
}
