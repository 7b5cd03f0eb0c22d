/**
 * /triage/: shows one protocol's codes when asked; the choice lives in the URL. Each situation holds
 * its first codes in the page; the form names one JSON shard of rows per protocol (`data-shards`),
 * fetched when the reader picks that protocol, or all of them when the reader asks for every code.
 * While rows are on their way the form is marked busy. Without JavaScript the first codes show, and
 * each protocol's page lists the rest.
 */
import { rowShards } from './row-shards';

export function enhanceTriage(): void {
	const form = document.querySelector<HTMLFormElement>('form.triage-filter');
	const select = form?.querySelector<HTMLSelectElement>('select[name="protocol"]');
	if (!form || !select) return;
	const count = form.querySelector<HTMLElement>('.table-count');
	const showAll = form.querySelector<HTMLButtonElement>('button[data-show-all]');
	const shards: Record<string, string> = form.dataset.shards ? (JSON.parse(form.dataset.shards) as Record<string, string>) : {};
	const sections = new Map([...document.querySelectorAll<HTMLElement>('.triage-group')].map((section) => [section.dataset.situation ?? '', section]));
	let everything = false;
	const initial = new URLSearchParams(location.search).get('protocol') ?? '';
	if ([...select.options].some((option) => option.value === initial)) select.value = initial;

	/** Adds a shard's rows to each situation's table, in the situation's order, leaving out those it holds. */
	const addRows = (groups: Record<string, string>) => {
		for (const [situation, markup] of Object.entries(groups)) {
			const body = sections.get(situation)?.querySelector('tbody');
			if (!body || markup === '') continue;
			const held = new Set([...body.rows].map((row) => row.dataset.order));
			const template = document.createElement('template');
			template.innerHTML = markup;
			const incoming = [...template.content.querySelectorAll('tr')].filter((row) => !held.has(row.dataset.order));
			const ordered = [...body.rows, ...incoming].sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order));
			body.append(...ordered);
		}
	};

	const apply = () => {
		const chosen = select.value;
		let shown = 0;
		for (const section of sections.values()) {
			let visible = 0;
			for (const row of section.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
				row.hidden = chosen !== '' && row.dataset.protocol !== chosen;
				if (!row.hidden) visible += 1;
			}
			shown += visible;
			section.classList.toggle('triage-empty', visible === 0);
			const more = section.querySelector<HTMLElement>('.triage-more');
			if (more) more.hidden = chosen !== '' || section.querySelectorAll('tbody tr').length >= Number(more.dataset.total);
		}
		if (showAll) showAll.hidden = everything || Object.keys(shards).every((protocol) => loaded.has(protocol));
		if (count) count.textContent = chosen === '' ? '' : `${shown} listings for ${select.selectedOptions[0]?.textContent ?? chosen}.`;
		const url = new URL(location.href);
		if (chosen) url.searchParams.set('protocol', chosen);
		else url.searchParams.delete('protocol');
		history.replaceState(null, '', url);
	};

	const { update, loaded } = rowShards<{ groups: Record<string, string> }>({
		urls: shards,
		take: (shard) => addRows(shard.groups),
		needed: () => (everything ? Object.keys(shards) : select.value ? [select.value] : []),
		show: apply,
		busy: form,
		count,
		failed: () => 'Could not fetch the codes; each protocol’s page lists all its codes.',
	});

	select.addEventListener('change', update);
	showAll?.addEventListener('click', () => {
		everything = true;
		update();
	});
	form.hidden = false;
	update();
}
