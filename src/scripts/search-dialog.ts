/**
 * What the site adds to Pagefind's UI in the search dialog, once the UI is built: an offer to open the
 * query in the lookup when the index finds nothing or the query reads as a pasted line, and arrow keys
 * that move between the search box and the results.
 */
import { lookupHref, offersLookup } from '../lib/search-terms';

export function enhanceSearchDialog(host: Element): void {
	const input = host.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
	if (input) enhance(host, input);
	else {
		// Pagefind's UI not rendered yet: wait for its search box.
		const watch = new MutationObserver(() => {
			const found = host.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
			if (!found) return;
			watch.disconnect();
			enhance(host, found);
		});
		watch.observe(host, { childList: true, subtree: true });
	}
}

function enhance(host: Element, input: HTMLInputElement): void {
	const offer = document.createElement('p');
	offer.className = 'search-lookup-offer';
	offer.hidden = true;
	const link = document.createElement('a');
	link.textContent = 'Look up this message';
	const note = document.createElement('span');
	note.textContent = ': the lookup reads a whole log or error line and names the codes in it.';
	offer.append(link, note);
	(input.parentElement ?? host).append(offer);
	// Between the search box and the filters and results, which Pagefind's UI renders after its box.
	const place = () => {
		const drawer = host.querySelector('.pagefind-ui__drawer');
		if (drawer && offer.nextElementSibling !== drawer) drawer.before(offer);
	};

	const update = () => {
		const query = input.value;
		const message = host.querySelector('.pagefind-ui__message')?.textContent ?? '';
		// Until Pagefind has answered this query, count only what it shows now.
		const settled = message.trim().endsWith(query.trim());
		const results = host.querySelectorAll('.pagefind-ui__result').length;
		const show = settled && offersLookup(query, results);
		place();
		if (show) link.href = lookupHref(query);
		if (offer.hidden === show) offer.hidden = !show;
	};
	new MutationObserver(update).observe(host, { childList: true, subtree: true, characterData: true });
	input.addEventListener('input', update);

	host.addEventListener('keydown', (event: Event) => {
		if (!(event instanceof KeyboardEvent)) return;
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
		const stops = [input, ...(offer.hidden ? [] : [link]), ...host.querySelectorAll<HTMLAnchorElement>('a.pagefind-ui__result-link')];
		const at = stops.indexOf(document.activeElement as HTMLInputElement | HTMLAnchorElement);
		if (at < 0) return;
		const next = stops[at + (event.key === 'ArrowDown' ? 1 : -1)];
		if (!next) return;
		event.preventDefault();
		next.focus();
		next.scrollIntoView({ block: 'nearest' });
	});
}
