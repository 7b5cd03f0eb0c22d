/** The copy button beside a code's lasting address; it appears only where the clipboard can be written to. */
export function enableCopyLinks(): void {
	if (!navigator.clipboard) return;
	for (const button of document.querySelectorAll<HTMLButtonElement>('.copy-link')) {
		button.hidden = false;
		const status = button.nextElementSibling;
		button.addEventListener('click', () => {
			navigator.clipboard.writeText(button.dataset.url ?? location.href).then(
				() => {
					if (status) status.textContent = 'Copied.';
				},
				() => {
					if (status) status.textContent = 'Could not copy: select the link and copy it by hand.';
				},
			);
		});
	}
}
