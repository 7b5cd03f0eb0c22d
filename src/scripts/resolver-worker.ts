/// <reference lib="webworker" />
// Resolves pasted text off the main thread, so typing stays smooth however much is pasted.
import { answer, prepare } from './resolver-pieces';
import type { ResolveRequest, ResolveResponse } from './resolver-client';

self.addEventListener('message', (event: MessageEvent<ResolveRequest>) => {
	const request = event.data;
	if (request.kind === 'prepare') {
		void prepare().catch(() => undefined);
		return;
	}
	answer(request)
		.then((resolution) => {
			self.postMessage({ id: request.id, resolution } satisfies ResolveResponse);
		})
		.catch((error: unknown) => {
			self.postMessage({ id: request.id, error: error instanceof Error ? error.message : 'The code index did not load.' } satisfies ResolveResponse);
		});
});
