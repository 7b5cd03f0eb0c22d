/// <reference lib="webworker" />
// Resolves pasted text off the main thread, so typing stays smooth however much is pasted.
import { resolvePath, resolveText, type ResolverIndex } from '../lib/resolve';
import type { ResolveRequest, ResolveResponse } from './resolver-client';

let indexPromise: Promise<ResolverIndex> | undefined;

function loadIndex(url: string): Promise<ResolverIndex> {
	indexPromise ??= fetch(url).then((response) => {
		if (!response.ok) throw new Error(`the code index did not load (HTTP ${response.status})`);
		return response.json() as Promise<ResolverIndex>;
	});
	return indexPromise;
}

self.addEventListener('message', (event: MessageEvent<ResolveRequest>) => {
	const request = event.data;
	loadIndex(request.indexUrl)
		.then((index) => {
			const resolution = request.kind === 'path' ? resolvePath(index, request.text) : resolveText(index, request.text, { protocol: request.protocol });
			self.postMessage({ id: request.id, resolution } satisfies ResolveResponse);
		})
		.catch((error: unknown) => {
			self.postMessage({ id: request.id, error: error instanceof Error ? error.message : 'The code index did not load.' } satisfies ResolveResponse);
		});
});
