/**
 * Filters and sorts a code table in place. The state (filters, text, sort) lives in the URL, so a
 * filtered view can be shared and survives a reload. Rows are shown or hidden, never rebuilt.
 *
 * A table that holds only its first rows (/codes/) names a JSON shard of rows per protocol
 * (`data-shards`): the rows a view needs are fetched before it is shown, only that protocol's when
 * the view is one protocol's, and every shard when the reader asks for all codes.
 */
import { rowShards } from './row-shards';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const filterNames = ['protocol', 'category', 'kind', 'concept', 'retry', 'actor'] as const;

export function enhanceCodeTable(block: HTMLElement): void {
	const form = block.querySelector<HTMLFormElement>('form.table-filters');
	const table = block.querySelector<HTMLTableElement>('table.code-table');
	const body = table?.tBodies[0];
	if (!form || !table || !body) return;
	const rows = [...body.rows];
	const count = form.querySelector<HTMLElement>('.table-count');
	const shards: Record<string, string> = block.dataset.shards ? (JSON.parse(block.dataset.shards) as Record<string, string>) : {};
	const total = Number(block.dataset.total ?? rows.length);
	const more = block.querySelector<HTMLElement>('.table-more');
	let everything = false;
	const text = form.querySelector<HTMLInputElement>('input[name="q"]');
	const selects = new Map(filterNames.flatMap((name) => {
		const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
		return select ? [[name, select] as const] : [];
	}));
	const headers = [...table.tHead!.rows[0]!.cells].filter((cell): cell is HTMLTableCellElement => cell.dataset.sort !== undefined);
	const searchText = new Map(rows.map((row) => [row, (row.textContent ?? '').toLowerCase()]));
	const orders = new Set(rows.map((row) => row.dataset.order));
	let sortKey = '';
	let sortDirection: 'ascending' | 'descending' = 'ascending';
	/** The column the table's own order already follows, ascending (the code, on a protocol's page): its header says so. */
	let impliedKey = '';

	for (const header of headers) {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'sort-button';
		button.textContent = header.textContent;
		header.replaceChildren(button);
		button.addEventListener('click', () => {
			const key = header.dataset.sort!;
			const current = sortKey || impliedKey;
			if (current === key) sortDirection = sortDirection === 'ascending' ? 'descending' : 'ascending';
			// A first press always changes what is seen: a table already in this column's order turns round.
			else sortDirection = inOrderOf([...body.rows], key, 'ascending') ? 'descending' : 'ascending';
			sortKey = key;
			update();
		});
	}

	function cellValue(row: HTMLTableRowElement, key: string): string {
		const index = headers.findIndex((header) => header.dataset.sort === key);
		const cell = row.cells[headers[index]!.cellIndex];
		return cell?.dataset.value ?? cell?.textContent?.trim() ?? '';
	}

	function byOrder(a: HTMLTableRowElement, b: HTMLTableRowElement): number {
		return Number(a.dataset.order) - Number(b.dataset.order);
	}

	function sorted(list: readonly HTMLTableRowElement[], key: string, direction: 'ascending' | 'descending'): HTMLTableRowElement[] {
		return [...list].sort((a, b) => {
			const result = collator.compare(cellValue(a, key), cellValue(b, key)) || byOrder(a, b);
			return direction === 'ascending' ? result : -result;
		});
	}

	/** Whether these rows, as they stand, are already sorted by this column in this direction. */
	function inOrderOf(list: readonly HTMLTableRowElement[], key: string, direction: 'ascending' | 'descending'): boolean {
		const wanted = sorted(list, key, direction);
		return wanted.every((row, index) => row === list[index]);
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

	/** Adds a shard's rows, leaving out those the table already holds. */
	function addRows(markup: string): void {
		const template = document.createElement('template');
		template.innerHTML = markup;
		for (const row of template.content.querySelectorAll('tr')) {
			if (orders.has(row.dataset.order)) continue;
			orders.add(row.dataset.order);
			rows.push(row);
			searchText.set(row, (row.textContent ?? '').toLowerCase());
			row.hidden = true;
			body!.append(row);
		}
	}

	/** The shards the current view needs: none for the first rows as they come, else the one protocol shown, else all. */
	function neededShards(): string[] {
		const protocol = selects.get('protocol')?.value ?? '';
		const firstRowsOnly = !everything && !sortKey && !text?.value && [...selects.values()].every((select) => !select.value);
		if (firstRowsOnly) return [];
		return protocol && protocol in shards ? [protocol] : Object.keys(shards);
	}

	// Shows the view the form and the URL ask for, once the rows it needs are here.
	const { update } = rowShards<{ rows: string }>({
		urls: shards,
		take: (shard) => addRows(shard.rows),
		needed: () => (rows.length >= total ? [] : neededShards()),
		show: apply,
		busy: block,
		count,
		failed: (said) => `Could not fetch every code. ${said}; each protocol’s page lists all its codes.`,
	});

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
		const ordered = sortKey ? sorted(rows, sortKey, sortDirection) : [...rows].sort(byOrder);
		body!.append(...ordered);
		const shownKey = sortKey || impliedKey;
		const shownDirection = sortKey ? sortDirection : 'ascending';
		for (const header of headers) {
			if (header.dataset.sort === shownKey) header.setAttribute('aria-sort', shownDirection);
			else header.removeAttribute('aria-sort');
		}
		if (count) count.textContent = rows.length < total && neededShards().length === 0 ? `Showing the first ${shown} of ${total} codes` : `Showing ${shown} of ${total} codes`;
		if (more) more.hidden = rows.length >= total;
		writeUrl();
	}

	form.hidden = false;
	form.addEventListener('input', update);
	more?.querySelector('button')?.addEventListener('click', () => {
		everything = true;
		update();
	});
	form.addEventListener('submit', (event) => event.preventDefault());
	form.addEventListener('reset', () => {
		requestAnimationFrame(() => {
			sortKey = '';
			update();
		});
	});
	const tableOrder = [...rows].sort(byOrder);
	impliedKey = headers.map((header) => header.dataset.sort!).find((key) => inOrderOf(tableOrder, key, 'ascending')) ?? '';
	readUrl();
	update();
}
