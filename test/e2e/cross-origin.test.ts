// The JSON API can be read by a page of another origin, and nothing else of the site can: a page served
// from a second server (another port, so another origin) fetches from the site, which answers with the
// headers its `_headers` file gives each path.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import { catalogue } from '../support/catalogue';
import { distRoot } from '../support/dist';
import { connectChromium, hostHeaders } from '../support/site';

let site: StaticServer;
let other: Server;
let otherUrl = '';
let browser: Browser;

beforeAll(async () => {
	site = await serveStatic(distRoot, hostHeaders());
	other = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>A dashboard</title><p>elsewhere</p>'));
	await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
	const address = other.address();
	otherUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
	browser = await connectChromium();
});

afterAll(async () => {
	await browser?.close();
	await site?.close();
	await new Promise((resolve) => other?.close(resolve));
});

/** What a page on the other origin gets when it fetches `url`: the JSON's count, or the error. */
async function fetchFromElsewhere(url: string): Promise<string> {
	const page = await browser.newPage();
	await page.goto(otherUrl);
	const result = await page.evaluate(async (target) => {
		try {
			const response = await fetch(target);
			const text = await response.text();
			return `ok ${text.startsWith('{') ? String((JSON.parse(text) as { count?: number }).count ?? 'json') : 'html'}`;
		} catch (error) {
			return `blocked ${(error as Error).name}`;
		}
	}, url);
	await page.close();
	return result;
}

describe('another origin', () => {
	it('reads the JSON API', async () => {
		expect(await fetchFromElsewhere(`${site.url}/api/v1/codes.json`)).toBe(`ok ${catalogue.entries.length}`);
		expect(await fetchFromElsewhere(`${site.url}/api/v1/stt/0x0101.json`)).toBe('ok json');
	});

	it('cannot read the pages', async () => {
		expect(await fetchFromElsewhere(`${site.url}/stt/0x0101/`)).toBe('blocked TypeError');
		expect(await fetchFromElsewhere(`${site.url}/resolver-index.json`)).toBe('blocked TypeError');
	});
});
