/**
 * Launches Debian's Chromium through playwright-core, headless, with no network chatter of its own.
 * Shared by the scripts and the tests (why here: scripts/lib/astro-build.ts).
 */
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumOptions: LaunchOptions = {
	executablePath: chromiumPath,
	headless: true,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
};

export function launchChromium(): Promise<Browser> {
	return chromium.launch(chromiumOptions);
}
