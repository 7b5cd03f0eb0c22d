/**
 * Answers a question from the resolver's index in pieces (src/lib/resolver-shards.ts): the core once,
 * then only the pieces the text points to, kept for the next question. Runs in the resolver worker,
 * or on the main thread where no worker can start.
 */
import { listedMatches, resolvePath, resolveText, type Resolution } from '../lib/resolve';
import { coreUrl, pieceUrl, settle, ShardedIndex, type ShardedCore } from '../lib/resolver-shards';

export type Question = { kind: 'text'; text: string; protocol?: string | undefined } | { kind: 'path'; text: string };

class Missing extends Error {}

async function json(url: string, init?: RequestInit): Promise<unknown> {
	const response = await fetch(url, init);
	if (response.status === 404) throw new Missing(`the code index did not load (HTTP 404)`);
	if (!response.ok) throw new Error(`the code index did not load (HTTP ${response.status})`);
	return response.json();
}

let held: Promise<ShardedIndex> | undefined;

function index(reload = false): Promise<ShardedIndex> {
	if (reload || !held) {
		held = json(coreUrl, reload ? { cache: 'reload' } : undefined).then((core) => new ShardedIndex(core as ShardedCore));
		// A core that failed to arrive is asked for again next time.
		held.catch(() => (held = undefined));
	}
	return held;
}

/** Fetches the core ahead of the first question, so the first answer waits only for its pieces. */
export async function prepare(): Promise<void> {
	await index();
}

function ask(source: ShardedIndex, question: Question): Resolution {
	return question.kind === 'path'
		? resolvePath(source, question.text, { limit: listedMatches })
		: resolveText(source, question.text, { protocol: question.protocol, limit: listedMatches });
}

export type PathResolution = Resolution & { protocol: string | undefined };

/** The codes a URL path names (what the 404 page sees), answered on the calling thread. */
export function answerPath(path: string): Promise<PathResolution> {
	return answer({ kind: 'path', text: path }) as Promise<PathResolution>;
}

/** The answer, from as few pieces as the text needs. */
export async function answer(question: Question): Promise<Resolution> {
	const source = await index();
	try {
		return await settle(source, (name) => json(pieceUrl(source.core, name)), (pieces) => ask(pieces, question));
	} catch (error) {
		// A core kept from before the site was rebuilt names pieces that are gone: fetch the new core once.
		if (!(error instanceof Missing)) throw error;
		const renewed = await index(true);
		if (renewed.core.build === source.core.build) throw error;
		return settle(renewed, (name) => json(pieceUrl(renewed.core, name)), (pieces) => ask(pieces, question));
	}
}
