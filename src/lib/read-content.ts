/** Reads the content folder from disk into `ContentFile`s for `checkCorpus`. Node-only. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, basename, extname } from 'node:path';
// The YAML parser Astro's content layer reads front matter with, so the check sees exactly what the build will.
import { load as parseYaml, YAMLException } from 'js-yaml';
import { checkCorpus, type CheckedCorpus, type ContentFile, type Problem } from './corpus';

/** The content root: `ATLAS_CONTENT_ROOT` when set (for synthetic catalogues), else `content/`. */
export function contentRoot(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
	return resolve(projectRoot, env.ATLAS_CONTENT_ROOT || 'content');
}

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits a Markdown file into its parsed front matter and its body. */
export function parseMarkdown(text: string): { data: unknown; body: string } {
	const match = frontMatterPattern.exec(text);
	if (!match) throw new Error('expected the file to open with YAML front matter between "---" lines');
	try {
		return { data: parseYaml(match[1] ?? ''), body: text.slice(match[0].length) };
	} catch (error) {
		if (!(error instanceof YAMLException)) throw error;
		// The front matter starts on the file's second line; js-yaml counts from 0 within it.
		const where = error.mark ? ` at line ${error.mark.line + 2}, column ${error.mark.column + 1}` : '';
		throw new Error(`expected valid YAML front matter; found a syntax error${where}: ${error.reason}`);
	}
}

function markdownFiles(folder: string): string[] {
	let names: string[];
	try {
		names = readdirSync(folder);
	} catch {
		return [];
	}
	return names
		.filter((name) => !name.startsWith('_') && !name.startsWith('.'))
		.flatMap((name) => {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) return markdownFiles(path);
			return extname(name) === '.md' ? [path] : [];
		})
		.sort();
}

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

function yamlFiles(folder: string): string[] {
	try {
		return readdirSync(folder)
			.filter((name) => extname(name) === '.yaml' && !name.startsWith('_'))
			.sort()
			.map((name) => join(folder, name));
	} catch {
		return [];
	}
}

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
