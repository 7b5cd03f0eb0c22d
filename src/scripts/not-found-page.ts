// The 404 page: reads the address for a code under any spelling and goes there when one code is clearly meant.
// An address is at most 2,000 characters, so it is read on the page's own thread: starting the
// resolver's worker, as the lookup does for pastes of any size, would only delay the answer.
import { paragraph, renderMatches, searchButton } from './matches';
import type { Match } from '../lib/resolve';
import { answerPath } from './resolver-pieces';

const status = document.getElementById('not-found-status')!;
const results = document.getElementById('not-found-results')!;
const pathname = location.pathname.slice(0, 2_000);

function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

status.textContent = 'There is no page at this address. Looking for the code it may name…';
// Cleared once the answer is shown (not when the page is about to leave for the code it found).
results.setAttribute('aria-busy', 'true');
// Two codes side by side have one address, their protocols in order; the other order lands here, and so
// does the address of a pair the site no longer sets side by side.
const pair = /^\/compare\/([^/]+)\/([^/]+)\/([^/]+)\/([^/]+)\/?$/.exec(pathname);
if (pair) {
	void sendPairOn(pair[1]!, pair[2]!, pair[3]!, pair[4]!);
} else {
	resolveAddress();
}

async function exists(path: string): Promise<boolean> {
	try {
		return (await fetch(path, { method: 'HEAD' })).ok;
	} catch {
		return false;
	}
}

/**
 * The pair's page in the other order, or under the codes' own spellings; failing that (the pairing was
 * revised, or the two were never paired), the two codes' own pages, which always stay.
 */
async function sendPairOn(p1: string, s1: string, p2: string, s2: string): Promise<void> {
	const swapped = `/compare/${p2}/${s2}/${p1}/${s1}/`;
	if (await exists(swapped)) return location.replace(swapped + location.hash);
	const named = await Promise.all([answerPath(`/${p1}/${s1}/`), answerPath(`/${p2}/${s2}/`)]).then(
		(resolutions) => resolutions.flatMap((resolution) => (resolution.best ? [resolution.best] : [])),
		() => [],
	);
	if (named.length === 0) return resolveAddress();
	if (named.length === 2) {
		const [one, two] = named as [Match, Match];
		const tried = new Set([pathname.replace(/\/?$/, '/'), swapped]);
		for (const path of [`/compare${one.path}${two.path.slice(1)}`, `/compare${two.path}${one.path.slice(1)}`]) {
			if (!tried.has(path) && (await exists(path))) return location.replace(path + location.hash);
		}
	}
	status.textContent =
		named.length === 2
			? 'There is no page setting these two codes side by side. Each has its own page:'
			: 'There is no page setting these codes side by side. The code the address names has its own page:';
	results.append(renderMatches(named));
	results.setAttribute('aria-busy', 'false');
}

function resolveAddress(): void {
	answerPath(pathname)
		.then((resolution) => {
			if (resolution.best) {
				status.textContent = `This address names ${resolution.best.code || resolution.best.protocolName}: taking you there…`;
				location.replace(resolution.best.path + location.hash);
				return;
			}
			const text = decodeSegment(pathname.split('/').filter(Boolean).pop() ?? '');
			if (resolution.matches.length > 0 && resolution.matches[0]!.score >= 60) {
				status.textContent = 'There is no page at this address, but it could mean any of these codes:';
				results.append(renderMatches(resolution.matches));
			} else if (resolution.miss) {
				status.textContent = `There is no page at this address. ${resolution.miss}`;
				if (resolution.protocol) {
					const link = document.createElement('a');
					link.href = `/${resolution.protocol}/#all-codes`;
					link.textContent = 'the table of all its codes';
					const line = paragraph('See ');
					line.append(link, '.');
					results.append(line);
				}
			} else if (resolution.suggestions.length > 0) {
				status.textContent = 'There is no page at this address, and no code spelt like that. Did you mean one of these?';
				results.append(renderMatches(resolution.suggestions));
			} else {
				status.textContent = 'There is no page at this address, and it names no code we know.';
				results.append(paragraph('Try searching for it:'), searchButton(text));
			}
			results.setAttribute('aria-busy', 'false');
		})
		.catch((error: unknown) => {
			status.textContent = `There is no page at this address. (${error instanceof Error ? error.message : 'The code index did not load.'})`;
			results.setAttribute('aria-busy', 'false');
		});
}
