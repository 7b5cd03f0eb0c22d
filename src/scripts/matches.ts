/** Renders matches with DOM calls only: reader input never becomes HTML. */
import { listedMatches, type Match } from '../lib/resolve';
import { kindLabels } from '../lib/kinds';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** A list of matches, each a link to its code's page with its protocol, kind and what matched. */
export function renderMatches(matches: readonly Match[], limit = listedMatches): HTMLOListElement {
	const list = element('ol', 'match-list');
	for (const match of matches.slice(0, limit)) {
		const item = element('li');
		const link = element('a');
		link.href = match.path;
		link.append(element('code', undefined, match.code), ' ', element('span', 'match-name', match.name));
		const meta = element('span', 'match-meta', `${match.protocolName} · ${kindLabels[match.kind] ?? match.kind}`);
		item.append(link, ' ', meta);
		if (match.evidence.length > 0) {
			// Why the code is listed, so a reader can check it against the line they pasted.
			item.append(' ', element('span', 'match-why', `Why: ${match.evidence.join('; ')}.`));
		} else if (match.matched) {
			const why = element('span', 'match-why', 'matched ');
			why.append(element('q', undefined, match.matched.length > 60 ? `${match.matched.slice(0, 57)}…` : match.matched));
			item.append(' ', why);
		}
		list.append(item);
	}
	return list;
}

export function paragraph(text: string, className?: string): HTMLParagraphElement {
	return element('p', className, text);
}

/** Opens Starlight's search dialog with the reader's text, when the page has one. */
export function searchButton(query: string): HTMLButtonElement {
	const button = element('button', 'search-instead', 'Search the whole site instead');
	button.type = 'button';
	button.addEventListener('click', () => {
		const open = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
		open?.click();
		requestAnimationFrame(() => {
			const input = document.querySelector<HTMLInputElement>('site-search input');
			if (input) {
				input.value = query.slice(0, 200);
				input.dispatchEvent(new Event('input', { bubbles: true }));
			}
		});
	});
	return button;
}
