/**
 * Asks the resolver worker about a pasted text (the 404 page reads its short address itself,
 * src/scripts/resolver-pieces.ts `answerPath`). Where workers cannot run, the same module runs on
 * the main thread instead: slower to type over, but the answer is the same.
 */
import type { Resolution } from '../lib/resolve';
import type { Question } from './resolver-pieces';

export type ResolveRequest = { id: number } & (Question | { kind: 'prepare' });
export type ResolveResponse = { id: number; resolution: Resolution; error?: undefined } | { id: number; error: string; resolution?: undefined };

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (value: Resolution) => void; reject: (error: Error) => void }>();

function startWorker(): Worker | undefined {
	if (worker || typeof Worker === 'undefined') return worker;
	try {
		worker = new Worker(new URL('./resolver-worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return undefined;
	}
	worker.addEventListener('message', (event: MessageEvent<ResolveResponse>) => {
		const waiting = pending.get(event.data.id);
		if (!waiting) return;
		pending.delete(event.data.id);
		if (event.data.error !== undefined) waiting.reject(new Error(event.data.error));
		else waiting.resolve(event.data.resolution);
	});
	return worker;
}

async function onMainThread(request: { id: number } & Question): Promise<Resolution> {
	const { answer } = await import('./resolver-pieces');
	return answer(request);
}

function ask(question: Question): Promise<Resolution> {
	const full = { ...question, id: (nextId += 1) };
	const running = startWorker();
	if (!running) return onMainThread(full);
	return new Promise((resolve, reject) => {
		pending.set(full.id, { resolve, reject });
		running.postMessage(full);
	});
}

/**
 * Starts the worker and fetches the index's core while the reader is still typing, so the first
 * answer waits only for the pieces it reads. Without a worker, nothing is fetched before a question.
 */
export function prepareResolver(): void {
	startWorker()?.postMessage({ id: 0, kind: 'prepare' } satisfies ResolveRequest);
}

/** The codes a pasted text names, best first. */
export function resolveTextAsync(text: string, protocol?: string): Promise<Resolution> {
	return ask({ kind: 'text', text, protocol });
}

