/**
 * A second renderer of the site's pages, in a worker thread (src/integrations/parallel-render.ts).
 * It loads the same prerender bundle Astro renders from, gives its app what Astro's build would
 * (the styles and scripts of each page, where its logs go) and renders the pages it is sent, answering
 * with each page's status, headers and body, and how long it took. Plain JavaScript: Node runs it as it is, with no loader.
 */
import { parentPort, workerData } from 'node:worker_threads';

const { entryUrl, pagesByKeys, entrySpecifierToBundleMap, scripts } = workerData;
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

parentPort.on('message', async ({ id, url, component, route }) => {
	try {
		const routeData = routes.get(`${component}\0${route}`);
		if (!routeData) throw new Error(`no route ${route} (${component}) in the prerender bundle`);
		const started = performance.now();
		const response = await app.render(new Request(url), { routeData });
		const body = response.body === null ? null : await response.arrayBuffer();
		const ms = performance.now() - started;
		parentPort.postMessage({ id, status: response.status, headers: [...response.headers], body, ms }, body ? [body] : []);
	} catch (error) {
		parentPort.postMessage({ id, error: { message: error?.message ?? String(error), stack: error?.stack } });
	}
});
parentPort.postMessage({ ready: true });
