// The problem-type snippets of the linking guide: RFC 9457 bodies whose `type` is the code's page, in
// TypeScript, Python and Rust, for every code; each `type` must open that code's page.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distRoot, fileForPath, page, projectRoot } from '../support/dist';
import { refs } from '../support/catalogue';
import { resolvePath, type ResolverIndex } from '../../src/lib/resolve';

const guide = readFileSync(join(projectRoot, 'content/guides/linking.md'), 'utf8');
const snippet = (title: string) => new RegExp('```\\w+ title="' + title + '"\\n([\\s\\S]*?)```').exec(guide)?.[1] ?? '';
const work = mkdtempSync(join(tmpdir(), 'atlas-problem-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const builtIndex = JSON.parse(readFileSync(join(distRoot, 'resolver-index.json'), 'utf8')) as ResolverIndex;

/** The page a URL ends on for a reader on a plain static host. */
function pageOf(url: string): string | undefined {
	const path = decodeURIComponent(new URL(url).pathname);
	if (fileForPath(path)) return page(path).querySelector('link[rel="canonical"][data-path]')?.getAttribute('data-path') ?? path;
	return resolvePath(builtIndex, path).best?.path;
}

const codes = refs.map((ref) => ({ protocol: ref.protocol, code: ref.code, name: ref.name, page: `/${ref.protocol}/${ref.slug}/` }));
const ambiguous = (code: (typeof codes)[number]) => resolvePath(builtIndex, `/${code.protocol}/${code.code}/`).best === undefined;
const inputs = codes.map(({ protocol, code, name }) => [protocol, code, name].join('\t')).join('\n');

function expectTypes(bodies: string[]): void {
	expect(bodies).toHaveLength(codes.length);
	bodies.forEach((body, position) => {
		const problem = JSON.parse(body) as { type: string; title: string; status: number };
		const code = codes[position]!;
		expect(problem.title, code.code).toBe(code.name);
		expect(problem.status).toBe(502);
		// A spelling two codes share (M2M's InvalidKey) opens a choice that lists both, not a page.
		if (!ambiguous(code)) expect(pageOf(problem.type), `${code.protocol} ${code.code}: ${problem.type}`).toBe(code.page);
	});
}

describe('problem types', () => {
	it('the TypeScript snippet gives every code a type that opens its page', async () => {
		writeFileSync(join(work, 'error-link.ts'), snippet('error-link.ts'));
		writeFileSync(join(work, 'problem.ts'), snippet('problem.ts'));
		const { problemFor } = (await import(/* @vite-ignore */ join(work, 'problem.ts'))) as {
			problemFor: (protocol: string, code: string, title: string, status: number, detail?: string) => object;
		};
		expectTypes(codes.map(({ protocol, code, name }) => JSON.stringify(problemFor(protocol, code, name, 502, 'upstream said so'))));
	});

	it('the Python snippet does the same', () => {
		writeFileSync(join(work, 'error_link.py'), snippet('error_link.py'));
		writeFileSync(join(work, 'problem.py'), snippet('problem.py'));
		const driver = 'import sys\nfrom problem import problem_for\nfor line in sys.stdin.read().split("\\n"):\n    p, c, t = line.split("\\t")\n    print(problem_for(p, c, t, 502, "upstream said so"))\n';
		const output = execFileSync('python3', ['-c', driver], { cwd: work, input: inputs, encoding: 'utf8' });
		expectTypes(output.trim().split('\n'));
	});

	const rustc = spawnSync('rustc', ['--version']).status === 0;
	it.skipIf(!rustc)('the Rust snippet does the same', () => {
		const main = '\nfn main() {\n    use std::io::Read;\n    let mut input = String::new();\n    std::io::stdin().read_to_string(&mut input).unwrap();\n    for line in input.split(\'\\n\') {\n        let parts: Vec<&str> = line.split(\'\\t\').collect();\n        println!("{}", problem_for(parts[0], parts[1], parts[2], 502, Some("upstream said so")));\n    }\n}\n';
		writeFileSync(join(work, 'problem.rs'), `${snippet('error_link.rs')}\n${snippet('problem.rs')}${main}`);
		execFileSync('rustc', ['--edition', '2021', '-o', join(work, 'problem'), join(work, 'problem.rs')], { stdio: 'pipe' });
		expectTypes(execFileSync(join(work, 'problem'), { input: inputs, encoding: 'utf8' }).trim().split('\n'));
	}, 120_000);
});
