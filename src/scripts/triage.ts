/** /triage/: shows one protocol's codes when asked; the choice lives in the URL. Without JavaScript every code shows. */
export function enhanceTriage(): void {
	const form = document.querySelector<HTMLFormElement>('form.triage-filter');
	const select = form?.querySelector<HTMLSelectElement>('select[name="protocol"]');
	if (!form || !select) return;
	const count = form.querySelector<HTMLElement>('.table-count');
	const rows = [...document.querySelectorAll<HTMLTableRowElement>('.triage-table tbody tr')];
	const initial = new URLSearchParams(location.search).get('protocol') ?? '';
	if ([...select.options].some((option) => option.value === initial)) select.value = initial;

	const apply = () => {
		const chosen = select.value;
		let shown = 0;
		for (const row of rows) {
			row.hidden = chosen !== '' && row.dataset.protocol !== chosen;
			if (!row.hidden) shown += 1;
		}
		for (const section of document.querySelectorAll<HTMLElement>('.triage-group')) {
			const visible = section.querySelectorAll('tbody tr:not([hidden])').length;
			section.classList.toggle('triage-empty', visible === 0);
		}
		if (count) count.textContent = chosen === '' ? '' : `${shown} listings for ${select.selectedOptions[0]?.textContent ?? chosen}.`;
		const url = new URL(location.href);
		if (chosen) url.searchParams.set('protocol', chosen);
		else url.searchParams.delete('protocol');
		history.replaceState(null, '', url);
	};
	select.addEventListener('change', apply);
	form.hidden = false;
	apply();
}
