// The 404 page: reads the address for a code under any spelling and goes there when one code is clearly meant.
import { paragraph, renderMatches, searchButton } from './matches';
import { resolvePathAsync } from './resolver-client';

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
// Two codes side by side have one address, their protocols in order; the other order lands here.
const pair = /^\/compare\/([^/]+)\/([^/]+)\/([^/]+)\/([^/]+)\/?$/.exec(pathname);
if (pair) {
	const swapped = `/compare/${pair[3]}/${pair[4]}/${pair[1]}/${pair[2]}/`;
	fetch(swapped, { method: 'HEAD' }).then(
		(response) => (response.ok ? location.replace(swapped + location.hash) : resolveAddress()),
		resolveAddress,
	);
} else {
	resolveAddress();
}

function resolveAddress(): void {
	resolvePathAsync(pathname)
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
