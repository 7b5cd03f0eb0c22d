/**
 * Filters and sorts a code table in place. The state (filters, text, sort) lives in the URL, so a
 * filtered view can be shared and survives a reload. Rows are shown or hidden, never rebuilt.
 */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const filterNames = ['protocol', 'category', 'kind', 'concept', 'retry', 'actor'] as const;

export function enhanceCodeTable(block: HTMLElement): void {
	const form = block.querySelector<HTMLFormElement>('form.table-filters');
	const table = block.querySelector<HTMLTableElement>('table.code-table');
	const body = table?.tBodies[0];
	if (!form || !table || !body) return;
	const rows = [...body.rows];
	const count = form.querySelector<HTMLElement>('.table-count');
	const text = form.querySelector<HTMLInputElement>('input[name="q"]');
	const selects = new Map(filterNames.flatMap((name) => {
		const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
		return select ? [[name, select] as const] : [];
	}));
	const headers = [...table.tHead!.rows[0]!.cells].filter((cell): cell is HTMLTableCellElement => cell.dataset.sort !== undefined);
	const searchText = new Map(rows.map((row) => [row, (row.textContent ?? '').toLowerCase()]));
	let sortKey = '';
	let sortDirection: 'ascending' | 'descending' = 'ascending';

	for (const header of headers) {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'sort-button';
		button.textContent = header.textContent;
		header.replaceChildren(button);
		button.addEventListener('click', () => {
			const key = header.dataset.sort!;
			sortDirection = sortKey === key && sortDirection === 'ascending' ? 'descending' : 'ascending';
			sortKey = key;
			apply();
		});
	}

	function cellValue(row: HTMLTableRowElement, key: string): string {
		const index = headers.findIndex((header) => header.dataset.sort === key);
		const cell = row.cells[headers[index]!.cellIndex];
		return cell?.dataset.value ?? cell?.textContent?.trim() ?? '';
	}

	function readUrl(): void {
		const params = new URLSearchParams(location.search);
		for (const [name, select] of selects) {
			const value = params.get(name) ?? '';
			select.value = [...select.options].some((option) => option.value === value) ? value : '';
		}
		if (text) text.value = params.get('q') ?? '';
		const sort = params.get('sort') ?? '';
		sortKey = headers.some((header) => header.dataset.sort === sort) ? sort : '';
		sortDirection = params.get('dir') === 'desc' ? 'descending' : 'ascending';
	}

	function writeUrl(): void {
		const url = new URL(location.href);
		for (const [name, select] of selects) {
			if (select.value) url.searchParams.set(name, select.value);
			else url.searchParams.delete(name);
		}
		if (text?.value) url.searchParams.set('q', text.value);
		else url.searchParams.delete('q');
		if (sortKey) {
			url.searchParams.set('sort', sortKey);
			url.searchParams.set('dir', sortDirection === 'descending' ? 'desc' : 'asc');
		} else {
			url.searchParams.delete('sort');
			url.searchParams.delete('dir');
		}
		history.replaceState(history.state, '', url);
	}

	function apply(): void {
		const words = (text?.value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
		let shown = 0;
		for (const row of rows) {
			const matches =
				[...selects].every(([name, select]) => !select.value || (row.dataset[name] ?? '').split(' ').includes(select.value)) &&
				words.every((word) => searchText.get(row)!.includes(word));
			row.hidden = !matches;
			if (matches) shown += 1;
		}
		const ordered = [...rows].sort((a, b) => {
			if (!sortKey) return Number(a.dataset.order) - Number(b.dataset.order);
			const result = collator.compare(cellValue(a, sortKey), cellValue(b, sortKey)) || Number(a.dataset.order) - Number(b.dataset.order);
			return sortDirection === 'ascending' ? result : -result;
		});
		body!.append(...ordered);
		for (const header of headers) {
			if (header.dataset.sort === sortKey) header.setAttribute('aria-sort', sortDirection);
			else header.removeAttribute('aria-sort');
		}
		if (count) count.textContent = `Showing ${shown} of ${rows.length} codes`;
		writeUrl();
	}

	form.hidden = false;
	form.addEventListener('input', apply);
	form.addEventListener('submit', (event) => event.preventDefault());
	form.addEventListener('reset', () => {
		requestAnimationFrame(() => {
			sortKey = '';
			apply();
		});
	});
	readUrl();
	apply();
}
