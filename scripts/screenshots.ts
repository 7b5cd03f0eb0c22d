/**
 * Takes screenshots of built pages in light and dark, at 1280 px and 390 px wide, for a person to look at.
 * Usage: node scripts/screenshots.ts <out-dir> <path> [<path> …]   (after `npm run build`; --help for more)
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { readCommandLine } from './lib/command-line.ts';

const usage = `Usage: node scripts/screenshots.ts [--dist <folder>] [<out-dir> [<path> …]]

  --dist <folder>  the built site to serve (default dist/, written by npm run build)
  <out-dir>        where the PNG files go (default test-results/screenshots)
  <path>           site paths to take, e.g. /stt/0x0101/ (default /)`;

const { site, outDir, paths } = readCommandLine(usage, { allowPositionals: true, options: { dist: { type: 'string' } } }, ({ values, positionals }) => {
	const [out = 'test-results/screenshots', ...sitePaths] = positionals;
	return { site: resolve(values.dist ?? fileURLToPath(new URL('../dist', import.meta.url))), outDir: out, paths: sitePaths };
});
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(site);
const browser = await launchChromium();
try {
	for (const theme of ['light', 'dark'] as const) {
		for (const width of [1280, 390]) {
			const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
			await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			const page = await context.newPage();
			for (const path of paths.length > 0 ? paths : ['/']) {
				await page.goto(server.url + path, { waitUntil: 'networkidle' });
				const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${theme}-${width}.png`;
				await page.screenshot({ path: join(outDir, name), fullPage: true });
				console.log(join(outDir, name));
			}
			await context.close();
		}
	}
} finally {
	await browser.close();
	await server.close();
}
