// The JSON API integration under `astro dev`: it serves the same documents the build writes, from
// the content as it is after the last edit, and leaves every other request to Astro.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { codeFile, codeFilePath, codesFile } from '../../src/lib/api';
import type { CheckedCorpus } from '../../src/lib/corpus';
import { apiInputOf, resolverFiles } from '../../src/lib/catalogue-files';
import { jsonApi } from '../../src/integrations/json-api';
import { catalogue } from '../support/catalogue';

type Handler = (request: { url?: string }, response: FakeResponse, next: () => void) => void;

class FakeResponse {
	statusCode = 200;
	headers = new Map<string, string>();
	body: string | undefined;
	setHeader(name: string, value: string) {
		this.headers.set(name.toLowerCase(), value);
	}
	end(body?: string) {
		this.body = body ?? '';
	}
}

const site = 'https://atlas.test/';
const logger = { error: () => {}, info: () => {} };

/** Starts the integration's dev hooks against a stand-in for Vite's server; returns a way to send requests. */
function devServer(loadCatalogue: () => CheckedCorpus) {
	const integration = jsonApi(loadCatalogue);
	const hooks = integration.hooks as Record<string, (options: unknown) => void>;
	hooks['astro:config:done']!({ config: { site } });
	const watcher = new EventEmitter();
	let handler: Handler | undefined;
	hooks['astro:server:setup']!({ server: { watcher, middlewares: { use: (fn: Handler) => (handler = fn) } }, logger });
	const request = (url: string) => {
		const response = new FakeResponse();
		let passedOn = false;
		handler!({ url }, response, () => (passedOn = true));
		return { response, passedOn };
	};
	return { request, watcher };
}

const { protocols, entries } = apiInputOf(catalogue);
const entry = entries.find((candidate) => candidate.protocol === 'stt' && candidate.slug === '0x0101')!;

describe('the JSON API under astro dev', () => {
	it('serves a code document and codes.json as the build writes them', () => {
		const { request } = devServer(() => catalogue);
		const code = request(`${codeFilePath('stt', '0x0101')}?fresh=1`);
		expect(code.passedOn).toBe(false);
		expect(code.response.headers.get('content-type')).toMatch(/^application\/json/);
		expect(JSON.parse(code.response.body!)).toStrictEqual(codeFile(entry, protocols, entries, site));
		expect(JSON.parse(request('/api/v1/codes.json').response.body!)).toStrictEqual(codesFile(protocols, entries, site));
	});

	it("serves the resolver's whole index, its core and its pieces, which /lookup/ and the 404 page fetch", () => {
		const { request } = devServer(() => catalogue);
		const built = [...resolverFiles(catalogue)];
		const core = built.find((file) => file.path === '/resolver/core.json')!;
		const piece = built.find((file) => file.path.startsWith(`/resolver/${(JSON.parse(core.text) as { build: string }).build}/`))!;
		for (const file of [core, piece, built.find((candidate) => candidate.path === '/resolver-index.json')!]) {
			const served = request(file.path);
			expect(served.passedOn, file.path).toBe(false);
			expect(served.response.headers.get('content-type')).toMatch(/^application\/json/);
			expect(served.response.body, file.path).toBe(file.text);
		}
		expect(request('/resolver/0000/k9999.json').passedOn).toBe(true);
	});

	it('leaves pages, the schema file and unknown API paths to Astro', () => {
		const { request } = devServer(() => catalogue);
		for (const url of ['/stt/0x0101/', '/api/v1/schema.json', '/api/v1/stt/0x9999.json', '/api/v2/codes.json', '/resolvers/core.json']) {
			expect(request(url).passedOn, url).toBe(true);
		}
	});

	it('reads the content again after a file changes, and only then', () => {
		let loads = 0;
		const { request, watcher } = devServer(() => {
			loads += 1;
			return catalogue;
		});
		request('/api/v1/codes.json');
		request('/api/v1/stt.json');
		expect(loads).toBe(1);
		watcher.emit('all', 'change', 'content/errors/stt/0x0101.md');
		request('/api/v1/codes.json');
		expect(loads).toBe(2);
	});

	it('answers 500 with the problems when the content is malformed, and recovers once it is fixed', () => {
		let broken = true;
		const { request, watcher } = devServer(() => {
			if (broken) throw new Error('The content has 1 problem:\n  content/errors/stt/0x0101.md — field "name": expected string');
			return catalogue;
		});
		const failed = request('/api/v1/codes.json').response;
		expect(failed.statusCode).toBe(500);
		expect(failed.body).toContain('content/errors/stt/0x0101.md');
		broken = false;
		watcher.emit('all', 'change', 'content/errors/stt/0x0101.md');
		expect(request('/api/v1/codes.json').response.statusCode).toBe(200);
	});
});
