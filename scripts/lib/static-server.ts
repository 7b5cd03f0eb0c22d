/**
 * A server that behaves like a plain static host: files as they are, `index.html` for a directory,
 * a redirect to add the trailing slash, and `404.html` with status 404 for anything else. No rewrites.
 * Shared by the scripts and the tests (why here: scripts/lib/astro-build.ts).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
};

/** The content type a static host sends for a file. */
export function contentTypeOf(file: string): string {
	return types[extname(file)] ?? 'application/octet-stream';
}

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

async function isDirectory(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isDirectory();
	} catch {
		return false;
	}
}

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

/** Headers for every response, or for each path (as a host that reads `_headers` sends them). */
export type StaticHeaders = Record<string, string> | ((pathname: string) => Record<string, string>);

/** Serves `root`; `headers` are added to the responses (e.g. the CSP from `_headers`). */
export async function serveStatic(root: string, headers: StaticHeaders = {}): Promise<StaticServer> {
	const server: Server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			pathname = url.pathname;
		}
		const path = normalize(join(root, pathname));
		const send = async (file: string, status: number) => {
			const body = await readFile(file);
			response.writeHead(status, { 'content-type': contentTypeOf(file), ...(typeof headers === 'function' ? headers(url.pathname) : headers) });
			response.end(request.method === 'HEAD' ? undefined : body);
		};
		if (!path.startsWith(root.endsWith(sep) ? root : root + sep) && path !== root) {
			response.writeHead(400).end();
			return;
		}
		if (await isFile(path)) return send(path, 200);
		if (await isDirectory(path)) {
			if (!pathname.endsWith('/')) {
				response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			if (await isFile(join(path, 'index.html'))) return send(join(path, 'index.html'), 200);
		}
		const notFound = join(root, '404.html');
		if (await isFile(notFound)) return send(notFound, 404);
		response.writeHead(404).end('Not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('the static server has no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}
