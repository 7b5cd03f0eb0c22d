/**
 * Takes screenshots of built pages in light and dark, at 1280 px and 390 px wide, for a person to look at.
 * Usage: node scripts/screenshots.ts <out-dir> <path> [<path> …]   (after `npm run build`)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';

const [outDir = 'test-results/screenshots', ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(fileURLToPath(new URL('../dist', import.meta.url)));
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
