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

/**
 * The joints inside a word of a name, strongest first (spaces, stronger still, part the words): after `::`
 * (a Rust path), after `_` or `-`, and between camel-case words. Each splits a piece into parts, the joint
 * staying with the part before it.
 */
const joints: readonly RegExp[] = [/(?<=::)(?=.)/, /(?<=[_-])(?=.)/, /(?<=[a-z])(?=[A-Z])/];

/**
 * Escapes a name for a title and lets it wrap at its strongest joints first: a part between them that has
 * weaker joints of its own is kept whole (`<span class="name-part">`, laid out as an inline block) unless it
 * is wider than the line, and only then wraps at its own joints. So `AeadError::DataTooShort` wraps after
 * `::` rather than after `DataToo`, and a word of a name that fits on a line never wraps at all.
 */
export function titleName(name: string): string {
	return name
		.split(/(\s+)/)
		.map((word, index) => (index % 2 === 1 ? word : partsOf(word, 0, true)))
		.join('');
}

function hasJoint(text: string, from: number): boolean {
	return joints.slice(from).some((joint) => joint.test(text));
}

function partsOf(text: string, from: number, isWord = false): string {
	if (isWord && hasJoint(text, from)) return `<span class="name-part">${partsOf(text, from)}</span>`;
	const level = joints.findIndex((joint, index) => index >= from && joint.test(text));
	if (level === -1) return escapeHtml(text);
	return text
		.split(joints[level]!)
		.map((part) => (hasJoint(part, level + 1) ? `<span class="name-part">${partsOf(part, level + 1)}</span>` : escapeHtml(part)))
		.join('<wbr>');
}
