/**
 * The files of the built site that come from the catalogue alone, not from a page: the JSON API, the
 * Markdown twins with llms.txt, llms-full.txt and robots.txt, the embeddable cards, and the alias
 * redirect pages with `_redirects`. Pure: each function lists its files, path and text, in a fixed
 * order; src/integrations/catalogue-files.ts writes them while Astro syncs its content.
 *
 * and the resolver's index that /lookup/, the 404 page and the site search read.
 *
 * Files, not routes: an Astro route costs its whole per-page machinery (request, middleware,
 * logging) for what is here one string. At 10,000 codes the API as endpoints took 12 s of the build,
 * the cards as pages 16 s (and Pagefind then read every card), and the resolver's 3,900 pieces as
 * endpoints 14 s of the render workers' time.
 */
import { apiDocuments, codeFile, codeSummary, orderedEntries, orderedProtocols, serialise, type ApiProtocol } from './api';
import type { CatalogueEntry } from './catalogue';
import type { CheckedCorpus } from './corpus';
import { embedCard, embedPath } from './embed-card';
import { codeMarkdown, llmsTxt, twinPath } from './markdown-twin';
import { aliasesOf, redirectPage, redirectsFile } from './permalinks';
import { printedOfProtocol } from './printed';
import { protocolsOf, refsOf } from './refs';
import { catalogueResolverIndex } from './resolver-data';
import { coreUrl, pieceUrl, shardIndex } from './resolver-shards';

/** A file of the built site: its path from the site's root (`/api/v1/codes.json`) and its text. */
export interface SiteFile {
	path: string;
	text: string;
}

/** The checked catalogue in the shapes the API functions take. */
export function apiInputOf(catalogue: CheckedCorpus): { protocols: ApiProtocol[]; entries: CatalogueEntry[] } {
	return {
		protocols: [...catalogue.protocols].map(([id, data]) => ({ id, data })),
		entries: catalogue.entries.map(({ file, data }) => ({ protocol: file.protocol ?? '', slug: file.stem, data })),
	};
}

/** Every document of the JSON API under `/api/v1/` (its schema, `schema.json`, is a file in public/). */
export function* apiFiles(catalogue: CheckedCorpus, site: string): Generator<SiteFile> {
	const { protocols, entries } = apiInputOf(catalogue);
	for (const [path, document] of apiDocuments(protocols, entries, site)) yield { path, text: serialise(document) };
}

export function robotsTxt(site: string): string {
	return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`, ''].join('\n');
}

/**
 * What programs and language models read: a Markdown twin beside every code page (`/stt/0x0101.md`),
 * `/llms.txt`, `/llms-full.txt` (every twin) and `/robots.txt` pointing to the sitemap.
 */
export function* agentFiles(catalogue: CheckedCorpus, site: string): Generator<SiteFile> {
	const { protocols, entries } = apiInputOf(catalogue);
	const printed = new Map(catalogue.printed.map((file) => [file.protocol, printedOfProtocol(file.data)]));
	const ordered = orderedEntries(protocols, entries);
	const twins: string[] = [];
	for (const entry of ordered) {
		const detail = codeFile(entry, protocols, entries, site);
		const markdown = codeMarkdown(detail, printed.get(entry.protocol)?.get(entry.data.code));
		twins.push(markdown);
		yield { path: twinPath(detail.path), text: markdown };
	}
	const byProtocol = orderedProtocols(protocols).map((protocol) => ({
		id: protocol.id,
		name: protocol.data.name,
		description: protocol.data.description,
		codes: ordered.filter((entry) => entry.protocol === protocol.id).map((entry) => codeSummary(entry, protocol, site, entries)),
	}));
	yield { path: '/llms.txt', text: llmsTxt(site, byProtocol) };
	yield { path: '/llms-full.txt', text: `# Protocol Error Atlas: every code\n\n${twins.join('\n---\n\n')}` };
	yield { path: '/robots.txt', text: robotsTxt(site) };
}

/** The embeddable card of every code (`/embed/stt/0x0101/`, src/lib/embed-card.ts). */
export function* cardFiles(catalogue: CheckedCorpus, site: string): Generator<SiteFile> {
	const { protocols, entries } = apiInputOf(catalogue);
	const names = new Map(protocols.map((protocol) => [protocol.id, protocol.data.name]));
	for (const entry of entries) yield { path: `${embedPath(entry)}index.html`, text: embedCard(entry, names.get(entry.protocol) ?? entry.protocol, site) };
}

/**
 * The resolver's index (src/lib/resolve.ts): whole in `/resolver-index.json`, which the site search
 * reads pasted lines with, and cut into a core and pieces under `/resolver/` for /lookup/ and the 404
 * page, which fetch only the pieces an answer needs (src/lib/resolver-shards.ts).
 */
export function* resolverFiles(catalogue: CheckedCorpus): Generator<SiteFile> {
	const { protocols, entries } = apiInputOf(catalogue);
	const index = catalogueResolverIndex(protocols, entries, catalogue.printed);
	yield { path: '/resolver-index.json', text: JSON.stringify(index) };
	const { core, pieces } = shardIndex(index);
	yield { path: coreUrl, text: JSON.stringify(core) };
	for (const [name, body] of pieces) yield { path: pieceUrl(core, name), text: JSON.stringify(body) };
}

/**
 * What a plain static host needs for every spelling of a code to lead to its page: a redirect page
 * in each alias folder (unless `aliasPages` is off), and `_redirects` with real 301s for hosts that
 * read it.
 */
export function aliasFiles(catalogue: CheckedCorpus, site: string, aliasPages: boolean): { pages: SiteFile[]; redirects: SiteFile } {
	const refs = refsOf(catalogue);
	const protocols = protocolsOf(catalogue);
	const aliases = aliasesOf(refs, protocols);
	const byTarget = new Map(refs.map((ref) => [`/${ref.protocol}/${ref.slug}/`, ref]));
	const pages = aliasPages
		? aliases
				.filter((alias) => alias.staticPage)
				.map((alias) => {
					const ref = byTarget.get(alias.target);
					return { path: `${alias.path}index.html`, text: redirectPage(alias.target, site, ref ? `${ref.code} ${ref.name}` : alias.target) };
				})
		: [];
	return { pages, redirects: { path: '/_redirects', text: redirectsFile(aliases, protocols) } };
}

/** Files made only when they are first read, so that a batch costs nothing until it is written. */
function* lazily<T>(make: () => Iterable<T>): Generator<T> {
	yield* make();
}

/** Files of one kind, and what the build log calls them. */
export interface FileGroup {
	label: string;
	files: Iterable<SiteFile>;
}

/**
 * The catalogue's files in the two batches the build places: `with-pages` as soon as Astro's pages are
 * written (Pagefind's glob never reads them), and `after-index` once the search index is built, since
 * the alias pages stand in code folders, where the glob would read every one of them.
 */
export function batchesOf(catalogue: CheckedCorpus, site: string, options: { aliasPages: boolean }): Record<'with-pages' | 'after-index', FileGroup[]> {
	let aliases: ReturnType<typeof aliasFiles> | undefined;
	const aliasesOnce = () => (aliases ??= aliasFiles(catalogue, site, options.aliasPages));
	return {
		'with-pages': [
			{ label: 'JSON API files', files: apiFiles(catalogue, site) },
			{ label: 'Markdown twins with llms.txt, llms-full.txt and robots.txt', files: agentFiles(catalogue, site) },
			{ label: 'embeddable cards', files: cardFiles(catalogue, site) },
			{ label: 'resolver index files', files: resolverFiles(catalogue) },
		],
		'after-index': [
			{ label: 'alias pages', files: lazily(() => aliasesOnce().pages) },
			{ label: 'redirects file (_redirects)', files: lazily(() => [aliasesOnce().redirects]) },
		],
	};
}
