/**
 * A code as a small card, for iframes in dashboards and chat previews: code, name, summary, what to do
 * and a link to the full page. No navigation, no scripts; the only page type other sites may frame
 * (src/lib/headers.ts). Pure: src/lib/catalogue-files.ts lists one per code, and the build writes them.
 */
import { retryLabels, whoActsInWords } from './action';
import type { CatalogueEntry } from './catalogue';
import { entryPath } from './catalogue';
import { escapeHtml, inlineCode } from './inline';

/** Where a code's card lives: `/embed/stt/0x0101/`. */
export const embedPath = (entry: CatalogueEntry): string => `/embed${entryPath(entry)}`;

const style = `:root { color-scheme: light dark; --fg: #1b1d21; --muted: #545861; --line: #c9ccd3; --accent: #3347d9; --bg: #fff; }
@media (prefers-color-scheme: dark) { :root { --fg: #eceef2; --muted: #b4b8c0; --line: #4a4e57; --accent: #a8b3ff; --bg: #17181c; } }
body { margin: 0; font: 15px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
article { padding: 0.9rem 1rem; border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 8px; }
.protocol { margin: 0; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
h1 { margin: 0.15rem 0 0.4rem; font-size: 1.15rem; overflow-wrap: anywhere; }
h1 code { font-size: 1.05em; }
p { margin: 0.35rem 0; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 0.15rem 0.75rem; margin: 0.5rem 0; }
dt { color: var(--muted); }
dd { margin: 0; font-weight: 600; }
a { color: var(--accent); }
code { font-family: ui-monospace, monospace; }`;

/** The site's text marks names with backticks, which a plain description leaves out. */
const plain = (text: string) => text.replaceAll('\u0060', '');

/** The card's whole HTML document. Every fact from content is escaped: its text is shown, never run. */
export function embedCard(entry: CatalogueEntry, protocolName: string, site: string): string {
	const { data } = entry;
	const pageUrl = escapeHtml(new URL(entryPath(entry), site).href);
	const title = escapeHtml(`${protocolName} ${data.code} ${data.name} | Protocol Error Atlas`);
	const description = escapeHtml([plain(data.summary), `Retry: ${retryLabels[data.action.retry].toLowerCase()}.`, plain(data.action.first)].join(' '));
	const who = whoActsInWords(data.action.actor);
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="canonical" href="${pageUrl}">
<link rel="search" type="application/opensearchdescription+xml" title="Protocol Error Atlas" href="/opensearch.xml">
<title>${title}</title>
<meta name="description" content="${description}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${pageUrl}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Protocol Error Atlas">
<style>
${style}
</style>
</head>
<body>
<article>
<p class="protocol">${escapeHtml(protocolName)}</p>
<h1><code>${escapeHtml(data.code)}</code> ${escapeHtml(data.name)}</h1>
<p>${inlineCode(data.summary)}</p>
<dl>
<dt>Retry?</dt>
<dd>${escapeHtml(retryLabels[data.action.retry])}</dd>
<dt>Who acts</dt>
<dd>${escapeHtml(who)}</dd>
<dt>First step</dt>
<dd>${inlineCode(data.action.first)}</dd>
</dl>
${data.retired ? `<p><strong>Retired.</strong> <span>${inlineCode(data.retired.reason)}</span></p>\n` : ''}<p><a href="${pageUrl}" target="_blank" rel="noopener">The full entry on Protocol Error Atlas</a></p>
</article>
</body>
</html>
`;
}
