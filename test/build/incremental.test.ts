// Astro's incremental build copies a code page from the last build when the page's cacheKey and code
// are unchanged. That is only sound if the key covers everything the page shows: after an edit, an
// incremental rebuild must write exactly the site that a clean build of the resulting content writes.
// The edit is undone rather than made: the first build is of a copy of content/ with one code renamed,
// the rebuild is of the copy put back, and the clean build to match is the test run's own build of
// content/ (dist/), so two builds test what three did.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../support/catalogue';
import { astroBuildOrThrow } from '../../scripts/lib/astro-build';
import { distRoot, filesUnder, projectRoot } from '../support/dist';

const work = mkdtempSync(join(tmpdir(), 'atlas-incremental-'));
const contentRoot = join(work, 'content');

// Astro reuses a page only when rebuilding into the same folder (measured: with another --outDir the
// hash of every page's code changes, and nothing is reused). The incremental build is switched on here
// whatever the default is.
function build(label: string, cacheDir: string, outDir: string): { outDir: string; log: string } {
	// Highlighting on Astro's own thread too: the test run's build, which these must equal, highlights on a thread of its own.
	const log = astroBuildOrThrow(label, { outDir, env: { ATLAS_CONTENT_ROOT: contentRoot, ATLAS_CACHE_DIR: join(work, cacheDir), ATLAS_INCREMENTAL: 'on', ATLAS_HIGHLIGHT_THREAD: 'off' } });
	return { outDir, log };
}

function files(root: string): Map<string, string> {
	return new Map(filesUnder(root).map((file) => [file, readFileSync(join(root, file), 'latin1')]));
}

// The code to edit: one that other pages show (a related code of some entry, with sub-codes or a
// parent, and with equivalents in other protocols), so that a stale copy anywhere would show.
const relatedTargets = new Set(catalogue.entries.flatMap(({ file, data }) => data.related.map((link) => `${file.protocol}/${link.code}`)));
const edited = catalogue.entries.find(
	({ file, data }) =>
		relatedTargets.has(`${file.protocol}/${data.code}`) &&
		data.concepts.length > 0 &&
		(data.parent !== undefined || catalogue.entries.some((other) => other.file.protocol === file.protocol && other.data.parent === data.code)),
)!;
const newName = `${edited.data.name} Renamed`;
const pagePath = `${edited.file.protocol}/${edited.file.stem}/index.html`;

let renamed: { outDir: string; log: string };
let incremental: { outDir: string; log: string };

beforeAll(() => {
	cpSync(join(projectRoot, 'content'), contentRoot, { recursive: true });
	const file = join(contentRoot, 'errors', edited.file.protocol ?? '', `${edited.file.stem}.md`);
	const text = readFileSync(file, 'utf8');
	const withNewName = text.replace(/^name: .*$/m, `name: ${JSON.stringify(newName)}`);
	if (withNewName === text) throw new Error(`${file}: no "name:" line to edit`);
	writeFileSync(file, withNewName);
	renamed = build('renamed', 'cache-incremental', join(work, 'out-incremental'));
	// Its output is kept apart for the first check; the cache folder keeps its pages, and the rebuild
	// must copy back none that names the code.
	renamed = { ...renamed, outDir: join(work, 'out-renamed') };
	cpSync(join(work, 'out-incremental'), renamed.outDir, { recursive: true });
	writeFileSync(file, text);
	incremental = build('incremental', 'cache-incremental', join(work, 'out-incremental'));
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an incremental rebuild after one code is renamed back', () => {
	it('the renamed code showed on its own page and on others', () => {
		expect(edited, 'a code that other pages show').toBeDefined();
		const showing = [...files(renamed.outDir)].filter(([path, body]) => path.endsWith('.html') && body.includes(newName)).map(([path]) => path);
		expect(showing, 'its own page').toContain(pagePath);
		expect(showing.length, 'other pages naming the edited code').toBeGreaterThan(3);
	});

	it('copies most code pages from the last build and renders the edited one', () => {
		const restored = incremental.log.split('\n').filter((line) => /\((?:restored|cached)\)\s*$/.test(line));
		expect(restored.length, 'pages copied from the last build').toBeGreaterThan(catalogue.entries.length / 2);
		expect(restored.filter((line) => line.includes(`/${pagePath}`)), 'the edited page is rendered, not copied').toEqual([]);
	});

	it('leaves the new name on no page', () => {
		const stale = [...files(incremental.outDir)].filter(([, body]) => body.includes(newName)).map(([path]) => path);
		expect(stale).toEqual([]);
	});

	it('writes the same files, byte for byte, as a clean build of the same content', () => {
		const a = files(incremental.outDir);
		const b = files(distRoot);
		expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
		// Shiki tokenises a code block differently depending on which blocks the same process highlighted
		// before it (an embedded grammar loads on first use), and an incremental build renders fewer of
		// them: the same code comes out cut into other coloured spans. Those spans are not data, so inside
		// <pre> they are left out of the comparison; the code's text, and everything outside <pre>, counts.
		const comparable = (body: string) => body.replace(/<pre\b[\s\S]*?<\/pre>/g, (block) => block.replace(/<\/?span\b[^>]*>/g, ''));
		const differing = [...a].filter(([path, body]) => comparable(b.get(path) ?? '') !== comparable(body)).map(([path]) => path);
		expect(differing).toEqual([]);
	});
});
