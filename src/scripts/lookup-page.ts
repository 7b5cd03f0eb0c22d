// The /lookup/ page: reads what the reader pasted, off the main thread, and lists the codes it names.
import { maxInputLength } from '../lib/resolve';
import { paragraph, renderMatches, searchButton } from './matches';
import { prepareResolver, resolveTextAsync } from './resolver-client';

const form = document.getElementById('lookup-form') as HTMLFormElement;
const field = document.getElementById('lookup-q') as HTMLTextAreaElement;
const protocol = document.getElementById('lookup-protocol') as HTMLSelectElement;
const results = document.getElementById('lookup-results')!;
let latest = 0;

// aria-busy holds screen readers' announcements of the live region until the answer is whole; it is
// set as soon as the text changes, and cleared when the answer to the latest text is shown.
const busy = (state: boolean) => results.setAttribute('aria-busy', String(state));

function show(query: string, options: { follow: boolean }): void {
	const ticket = (latest += 1);
	busy(true);
	if (query.trim() === '') {
		results.replaceChildren();
		busy(false);
		return;
	}
	// Only what the resolver reads crosses to the worker (one character more, so it can say it cut the rest).
	resolveTextAsync(query.slice(0, maxInputLength + 1), protocol.value || undefined)
		.then((resolution) => {
			// An answer to an older query arriving late must not replace the newer one.
			if (ticket !== latest) return;
			results.replaceChildren();
			if (options.follow && resolution.best) {
				results.append(paragraph(`Opening ${resolution.best.protocolName} ${resolution.best.code}…`));
				location.replace(resolution.best.path);
				return;
			}
			if (resolution.truncated) results.append(paragraph(`Only the first ${maxInputLength.toLocaleString('en')} characters were read.`, 'lookup-note'));
			if (resolution.miss) results.append(paragraph(resolution.miss, 'lookup-miss'));
			if (resolution.matches.length > 0) {
				const confident = resolution.best !== undefined;
				results.append(
					paragraph(
						confident
							? `This names ${resolution.best!.protocolName} ${resolution.best!.code}:`
							: resolution.total === 1
								? '1 code could be meant:'
								: resolution.total > resolution.matches.length
									? `${resolution.total.toLocaleString('en')} codes could be meant; the ${resolution.matches.length} likeliest first:`
									: `${resolution.total} codes could be meant, best first:`,
					),
				);
				results.append(renderMatches(resolution.matches));
			} else if (resolution.suggestions.length > 0) {
				results.append(paragraph('No code matches exactly. Close spellings:'), renderMatches(resolution.suggestions));
			} else {
				results.append(paragraph('No code matches this text.'), searchButton(query));
			}
			busy(false);
		})
		.catch((error: unknown) => {
			if (ticket !== latest) return;
			results.replaceChildren(paragraph(error instanceof Error ? error.message : 'The code index did not load.'));
			busy(false);
		});
}

let timer: ReturnType<typeof setTimeout> | undefined;
const schedule = () => {
	busy(true);
	clearTimeout(timer);
	timer = setTimeout(() => show(field.value, { follow: false }), 120);
};
field.addEventListener('input', schedule);
protocol.addEventListener('change', schedule);
form.addEventListener('submit', (event) => {
	event.preventDefault();
	const url = new URL(location.href);
	url.searchParams.set('q', field.value.slice(0, 2_000));
	if (protocol.value) url.searchParams.set('protocol', protocol.value);
	else url.searchParams.delete('protocol');
	history.replaceState(null, '', url);
	show(field.value, { follow: false });
});

prepareResolver();

const params = new URLSearchParams(location.search);
const initial = params.get('q');
const initialProtocol = params.get('protocol');
if (initialProtocol && [...protocol.options].some((option) => option.value === initialProtocol)) protocol.value = initialProtocol;
if (initial) {
	field.value = initial;
	show(initial, { follow: true });
}
