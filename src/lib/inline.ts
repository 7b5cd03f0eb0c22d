/**
 * Turns a plain-text fact into HTML where `backticked` spans become <code>. Everything is escaped
 * first, so text from content can never inject markup: the only tags in the output are ours.
 */
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

export function inlineCode(text: string): string {
	return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/**
 * Escapes a code or symbolic name and lets it wrap at its natural joints (after `_`, `::` and `-`,
 * and between camel-case words) instead of between any two letters.
 */
export function breakableName(name: string): string {
	return escapeHtml(name)
		.replace(/(_|::|-)/g, '$1<wbr>')
		.replace(/([a-z])([A-Z])/g, '$1<wbr>$2');
}
