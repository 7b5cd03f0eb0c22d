/** Lighthouse's scores (desktop preset) for a few pages of the real build, on Debian's Chromium. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../lib/browser';
import { serveStatic } from '../lib/static-server';
import { log } from './report';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const lighthouseBin = join(projectRoot, 'node_modules/lighthouse/cli/index.js');

export interface LighthouseScores {
	path: string;
	scores?: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
	error?: string;
}

/** Each page's scores, or a note saying why Lighthouse did not run at all. */
export interface LighthouseResult {
	results: LighthouseScores[];
	note?: string;
}

const lighthouseChromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';

/** Runs Lighthouse's CLI (desktop preset) on one page; it launches /usr/bin/chromium through chrome-launcher. */
function lighthouse(url: string, outFile: string): Promise<{ ok: true; scores: NonNullable<LighthouseScores['scores']> } | { ok: false; error: string }> {
	return new Promise((resolve) => {
		const child = spawn(
			process.execPath,
			[lighthouseBin, url, '--preset=desktop', `--chrome-flags=${lighthouseChromeFlags}`, '--output=json', `--output-path=${outFile}`, '--quiet', '--only-categories=performance,accessibility,best-practices,seo'],
			{ cwd: projectRoot, env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ['ignore', 'ignore', 'pipe'] },
		);
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
		const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
		child.on('close', (code) => {
			clearTimeout(timer);
			if (code !== 0 || !existsSync(outFile)) return resolve({ ok: false, error: (stderr.trim().split('\n').at(-1) ?? '') || `exit ${code}` });
			const report = JSON.parse(readFileSync(outFile, 'utf8')) as { categories: Record<string, { score: number | null }>; runtimeError?: { message: string } };
			if (report.runtimeError) return resolve({ ok: false, error: report.runtimeError.message });
			const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
			resolve({ ok: true, scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') } });
		});
	});
}

/** Lighthouse on five pages of a built site; `reportDir` keeps each JSON report. */
export async function lighthouseAll(dist: string, reportDir: string): Promise<LighthouseResult> {
	if (!existsSync(lighthouseBin)) return { results: [], note: 'lighthouse is not installed (npm install -D lighthouse)' };
	if (!existsSync(chromiumPath)) return { results: [], note: `no Chromium at ${chromiumPath}` };
	const server = await serveStatic(dist);
	const results: LighthouseScores[] = [];
	try {
		for (const path of ['/', '/stt/', '/stt/0x0101/', '/compare/', '/lookup/']) {
			const outcome = await lighthouse(server.url + path, join(reportDir, `lighthouse-${path.replace(/\W+/g, '_')}.json`));
			results.push(outcome.ok ? { path, scores: outcome.scores } : { path, error: outcome.error });
			log(`  lighthouse ${path}: ${outcome.ok ? Object.entries(outcome.scores).map(([k, v]) => `${k} ${v}`).join(', ') : `could not run: ${outcome.error}`}`);
		}
	} finally {
		await server.close();
	}
	return { results };
}
