/**
 * "/" opens the search dialog, as the home page says, unless the reader is typing somewhere: Starlight
 * itself answers only Ctrl/⌘ K.
 */
function typingIn(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null;
}

export function enableSlashForSearch(): void {
	const button = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
	if (!button) return;
	const shortcuts = button.getAttribute('aria-keyshortcuts');
	button.setAttribute('aria-keyshortcuts', shortcuts ? `${shortcuts} /` : '/');
	window.addEventListener('keydown', (event) => {
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
		if (typingIn(event.target) || button.disabled || document.querySelector('site-search dialog[open]')) return;
		event.preventDefault();
		button.click();
	});
}
