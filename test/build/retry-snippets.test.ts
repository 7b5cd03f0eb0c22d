// The retry loops of the linking guide, in TypeScript, Python and Rust, decide from `action.retry` of the
// published JSON files: each is run against the built site on a static server, with a call that fails
// with a code whose answer is `now`, `backoff` or `after-fix`, and must retry exactly as that answer says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distRoot, projectRoot } from '../support/dist';
import { catalogue } from '../support/catalogue';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';

const guide = readFileSync(join(projectRoot, 'content/guides/linking.md'), 'utf8');
const snippet = (title: string) => new RegExp('```\\w+ title="' + title + '"\\n([\\s\\S]*?)```').exec(guide)?.[1] ?? '';
const work = mkdtempSync(join(tmpdir(), 'atlas-retry-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// Asynchronous: the static server runs in this process, and a synchronous child would block it.
const run = promisify(execFile);

/** A code of the real catalogue with this retry answer, as `<protocol>/<slug>`. */
const codeWith = (retry: string) => {
	const found = catalogue.entries.find(({ data }) => data.action.retry === retry);
	if (!found) throw new Error(`no code answers ${retry}`);
	return `${found.file.protocol}/${found.file.stem}`;
};
/** Each case: the code the call fails with twice before it succeeds, and how many calls the loop must make. */
const cases = [
	{ retry: 'now', code: codeWith('now'), calls: 3, succeeds: true },
	{ retry: 'backoff', code: codeWith('backoff'), calls: 3, succeeds: true },
	{ retry: 'after-fix', code: codeWith('after-fix'), calls: 1, succeeds: false },
	{ retry: 'never', code: codeWith('never'), calls: 1, succeeds: false },
	{ retry: 'unknown code', code: 'stt/0x0999', calls: 1, succeeds: false },
];
const expected = cases.map(({ calls, succeeds }) => `${calls} ${succeeds ? 'ok' : 'failed'}`);

let server: StaticServer;
beforeAll(async () => {
	server = await serveStatic(distRoot);
});
afterAll(() => server?.close());

describe('the retry loops of the linking guide', () => {
	it('the TypeScript loop retries exactly when the code says it may pass', async () => {
		const file = join(work, 'retry.ts');
		writeFileSync(file, snippet('retry.ts'));
		const { withRetry } = (await import(/* @vite-ignore */ file)) as typeof import('./retry-snippet-types');
		const results: string[] = [];
		for (const { code } of cases) {
			let calls = 0;
			const outcome = await withRetry(
				async () => {
					calls += 1;
					if (calls < 3) throw new Error(code);
					return 'ok';
				},
				(error) => (error as Error).message,
				{ baseDelayMs: 1, site: server.url },
			).catch(() => 'failed');
			results.push(`${calls} ${outcome}`);
		}
		expect(results).toEqual(expected);
	});

	it('the Python loop does the same', async () => {
		writeFileSync(join(work, 'retry.py'), snippet('retry.py'));
		const driver = [
			'import sys',
			'from retry import with_retry',
			'for code in sys.argv[2:]:',
			'    calls = [0]',
			'    def call():',
			'        calls[0] += 1',
			'        if calls[0] < 3:',
			'            raise RuntimeError(code)',
			'        return "ok"',
			'    try:',
			'        outcome = with_retry(call, lambda error: str(error), base_delay=0.001, site=sys.argv[1])',
			'    except RuntimeError:',
			'        outcome = "failed"',
			'    print(calls[0], outcome)',
		].join('\n');
		const { stdout: output } = await run('python3', ['-c', driver, server.url, ...cases.map(({ code }) => code)], { cwd: work, encoding: 'utf8' });
		expect(output.trim().split('\n')).toEqual(expected);
	});

	const rustc = spawnSync('rustc', ['--version']).status === 0;
	it.skipIf(!rustc)('the Rust loop does the same', async () => {
		// A plain HTTP/1.0 GET over std's TcpStream stands in for the reader's HTTP client.
		const main = `
fn fetch(url: &str) -> Option<String> {
    use std::io::{Read, Write};
    let rest = url.strip_prefix("http://")?;
    let (host, path) = rest.split_at(rest.find('/')?);
    let mut stream = std::net::TcpStream::connect(host).ok()?;
    write!(stream, "GET {} HTTP/1.0\\r\\nHost: {}\\r\\n\\r\\n", path, host).ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let (head, body) = response.split_once("\\r\\n\\r\\n")?;
    if !head.starts_with("HTTP/1.1 200") && !head.starts_with("HTTP/1.0 200") { return None; }
    Some(body.to_string())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    for code in &args[2..] {
        let mut calls = 0;
        let outcome = with_retry(
            || { calls += 1; if calls < 3 { Err(code.clone()) } else { Ok("ok") } },
            |error: &String| Some(error.clone()),
            5,
            Duration::from_millis(1),
            &args[1],
            &fetch,
        );
        println!("{} {}", calls, outcome.unwrap_or("failed"));
    }
}
`;
		writeFileSync(join(work, 'retry.rs'), snippet('retry.rs') + main);
		execFileSync('rustc', ['--edition', '2021', '-o', join(work, 'retry'), join(work, 'retry.rs')], { stdio: 'pipe' });
		const { stdout: output } = await run(join(work, 'retry'), [server.url, ...cases.map(({ code }) => code)], { encoding: 'utf8' });
		expect(output.trim().split('\n')).toEqual(expected);
	}, 120_000);
});
