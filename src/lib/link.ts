/**
 * Builds the link a program prints next to an error: `https://<site>/<protocol>/<code>/`.
 * The linking guide shows this file as the TypeScript snippet (a test keeps the two identical), and
 * its Python and Rust snippets are tested against the same pages.
 */
const wrapped = /^([A-Za-z][\w:]*)\((.*)\)$/;
const errorPath = /^[A-Z]\w*Error::[A-Z]\w*$/;

export function errorUrl(protocol: string, code: string, site = 'https://protocol-error-atlas.example'): string {
	let segment = code.trim();
	for (let m = wrapped.exec(segment); m; m = wrapped.exec(segment)) {
		const inner = m[2]!.trim();
		segment = errorPath.test(inner) || wrapped.test(inner) ? inner : m[1]!;
	}
	if (segment.includes('::')) segment = segment.split('::').slice(-2).join('-').toLowerCase();
	return new URL(`/${encodeURIComponent(protocol.toLowerCase())}/${encodeURIComponent(segment)}/`, site).href;
}
