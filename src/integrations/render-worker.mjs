/**
 * A second renderer of the site's pages, in a worker thread (src/integrations/parallel-render.ts).
 * It loads the same prerender bundle Astro renders from, gives its app what Astro's build would
 * (the styles and scripts of each page, where its logs go) and renders the pages it is sent, answering
 * with each page's status, headers and body, and how long it took; a page it is given the file of, it
 * writes there itself and answers without the body. Plain JavaScript: Node runs it as it is, with no loader.
 *
 * It also reads each page's inline scripts for the Content-Security-Policy, so that nothing reads the
 * pages back after the build.
 *
 * Pair pages, when it is handed their catalogue: it renders the first with Astro, cuts it into its frame,
 * and puts the others together from that frame and each pair's body (src/lib/pages/pair-stamp.ts).
 *
 * Code pages, when asked to: it learns their frame from one code page rendered whole, in the frame pass
 * and in the body pass, then renders every other code page in the body pass alone and puts it in the
 * frame (src/lib/pages/code-stamp.ts).
 *
 * Those need the site's TypeScript, which Node runs with its types stripped, and ts-resolve.mjs to find it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import nodeModule from 'node:module';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { resolve } from './ts-resolve.mjs';

const { entryUrl, pagesByKeys, entrySpecifierToBundleMap, scripts, pairs, codeFraming, readScripts } = workerData;
const { app } = await import(entryUrl);

// What Astro's build environment reads of its build internals and options while it renders a page:
// each page's stylesheets, the bundle of page scripts, the inline head scripts, and where to log.
app.setInternals({ pagesByKeys: new Map(pagesByKeys), entrySpecifierToBundleMap: new Map(entrySpecifierToBundleMap) });
app.setOptions({
	settings: { scripts },
	logger: { options: { destination: { write: (event) => parentPort.postMessage({ log: event }) } } },
});

/** The route a page belongs to, looked up in the bundle's own manifest. */
const routes = new Map(app.manifest.routes.map(({ routeData }) => [`${routeData.component}\0${routeData.route}`, routeData]));

// The site's TypeScript, which framing and reading scripts need, runs with its types stripped; the hook finds its files.
if (pairs || codeFraming || readScripts) nodeModule.registerHooks({ resolve });

/** Pair pages from their frame: the model of every pair, and the frame once a page has given one. */
const framing = pairs ? await pairFraming(pairs) : undefined;

async function pairFraming({ component, site, catalogue }) {
	const { pairFrame, pairPagesByPath, stampPair } = await import('../lib/pages/pair-stamp.ts');
	const pages = pairPagesByPath(catalogue);
	/** Pages tried for a frame: a few, in case the first ones hold characters that HTML escapes. */
	let tries = 0;
	let frame;
	let headers;
	return {
		component,
		/** The page, put together; undefined when Astro is to render it. */
		stamp(url) {
			const page = pages.get(decodeURI(new URL(url).pathname));
			return frame && page ? stampPair(frame, page, site) : undefined;
		},
		/** Learns the frame from a page Astro rendered, until one page has given it. */
		learn(url, routeData, html, responseHeaders) {
			const page = pages.get(decodeURI(new URL(url).pathname));
			if (frame || !page || tries >= 10) return;
			tries += 1;
			frame = pairFrame(html, page, site);
			headers = responseHeaders;
		},
		get headers() {
			return headers;
		},
	};
}

/** Code pages from their frame: the frame once a page has given one. */
const codes = codeFraming ? await codeFramer() : undefined;

async function codeFramer() {
	const { codeFrame, codeRouteComponent, stampCode } = await import('../lib/pages/code-stamp.ts');
	const { inFramePass } = await import('../lib/pages/frame-pass.ts');
	/** Pages tried for a frame: a few, in case the first ones hold characters that HTML escapes. */
	let tries = 0;
	let frame;
	let headers;
	const renderText = async (url, routeData) => {
		const response = await app.render(new Request(url), { routeData });
		return { status: response.status, headers: [...response.headers], text: await response.text() };
	};
	const inPass = (url, routeData, pass) => inFramePass(new URL(url).pathname, pass, () => renderText(url, routeData));
	return {
		component: codeRouteComponent,
		/** The page put together from the frame; undefined when it is to be rendered whole. */
		async stamp(url, routeData) {
			if (!frame) return undefined;
			const body = await inPass(url, routeData, 'body');
			return body.status === 200 ? stampCode(frame, body.text) : undefined;
		},
		/** Learns the frame from the page rendered whole, until one page has given it. */
		async learn(url, routeData, html, responseHeaders) {
			if (frame || tries >= 10) return;
			tries += 1;
			const framed = await inPass(url, routeData, 'frame');
			const body = await inPass(url, routeData, 'body');
			if (framed.status !== 200 || body.status !== 200) return;
			frame = codeFrame(html, framed.text, body.text);
			headers = responseHeaders;
		},
		get headers() {
			return headers;
		},
	};
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The inline scripts of the pages it renders, for the Content-Security-Policy
 * (src/integrations/security-headers.ts), which then needs not read those pages back: each script
 * is sent once, with the first page that has it.
 */
const inlineScripts = readScripts ? (await import('../lib/headers.ts')).inlineScripts : undefined;
const scriptsSent = new Set();
function newScripts(html) {
	const fresh = [];
	for (const script of inlineScripts(html)) {
		if (scriptsSent.has(script)) continue;
		scriptsSent.add(script);
		fresh.push(script);
	}
	return fresh;
}

/** The routes whose pages are put together from a frame, by their component. */
const framers = new Map([framing, codes].filter(Boolean).map((framer) => [framer.component, framer]));

/** The folders this worker has made: each page's own folder, made once. */
const folders = new Set();

/**
 * Answers with a rendered page: its body goes back to Astro, which writes it, unless the worker was
 * given the page's file, which it then writes itself. It writes synchronously: a page is a few tens of
 * kilobytes, and a worker that awaited Node's file-system threads sat idle while they were busy.
 */
function answer(id, file, page, transfer) {
	if (file !== undefined) {
		if (page.status !== 200 || !page.body) throw new Error(`the page answered ${page.status}${page.body ? '' : ' with no body'}, where a page to write was expected`);
		const folder = dirname(file);
		if (!folders.has(folder)) {
			mkdirSync(folder, { recursive: true });
			folders.add(folder);
		}
		writeFileSync(file, typeof page.body === 'string' ? page.body : new Uint8Array(page.body));
		return parentPort.postMessage({ id, ...page, body: null });
	}
	parentPort.postMessage({ id, ...page }, transfer);
}

parentPort.on('message', async ({ id, url, component, route, file }) => {
	try {
		const routeData = routes.get(`${component}\0${route}`);
		if (!routeData) throw new Error(`no route ${route} (${component}) in the prerender bundle`);
		const started = performance.now();
		const framer = framers.get(component);
		const stamped = framer ? await framer.stamp(url, routeData) : undefined;
		if (stamped !== undefined) {
			// A page the worker writes itself is written as the string it is; one for Astro goes as bytes.
			const body = file === undefined ? encoder.encode(stamped).buffer : stamped;
			const read = inlineScripts ? { scripts: newScripts(stamped) } : {};
			return answer(id, file, { status: 200, headers: framer.headers, body, ms: performance.now() - started, framed: true, ...read }, file === undefined ? [body] : []);
		}
		const response = await app.render(new Request(url), { routeData });
		const body = response.body === null ? null : await response.arrayBuffer();
		const html = body && routeData.type === 'page' && (framer || inlineScripts) ? decoder.decode(body) : undefined;
		if (framer && html !== undefined && response.status === 200) await framer.learn(url, routeData, html, [...response.headers]);
		const read = inlineScripts && html !== undefined ? { scripts: newScripts(html) } : {};
		answer(id, file, { status: response.status, headers: [...response.headers], body, ms: performance.now() - started, ...read }, body ? [body] : []);
	} catch (error) {
		parentPort.postMessage({ id, error: { message: error?.message ?? String(error), stack: error?.stack } });
	}
});
parentPort.postMessage({ ready: true });
