/**
 * A code's page as Markdown, for programs and language models: the same facts as the page and its
 * JSON file, with every statement's origin marked. Built from the API's record of the code, so the
 * three can never say different things. Also `/llms.txt` and `/llms-full.txt`.
 */
import type { CodeDetail, CodeSummary } from './api';
import { actorsInWords, lostLabels, retryLabels } from './action';
import { kindLabels } from './kinds';
import type { PrintedForCode } from './printed';
import { sourceUrl } from './printed';

const mark = { source: '[source]', site: '[site’s judgement]' } as const;
const observed = (printed: PrintedForCode) => `[observed in ${printed.implementation.name} ${printed.implementation.version}]`;

/** The twin's path beside the page: `/stt/0x0101/` → `/stt/0x0101.md`. */
export function twinPath(pagePath: string): string {
	return `${pagePath.replace(/\/$/, '')}.md`;
}

function originMark(detail: CodeDetail, field: 'retry' | 'actor' | 'lost'): string {
	return detail.action.stated.includes(field) ? mark.source : mark.site;
}

function bullets(items: readonly string[]): string[] {
	return items.map((item) => `- ${item}`);
}

/** The Markdown twin of one code's page. */
export function codeMarkdown(detail: CodeDetail, printed?: PrintedForCode): string {
	const { action } = detail;
	const lines: string[] = [
		`# ${detail.protocolName} ${detail.code} ${detail.name}`,
		'',
		`> ${detail.summary}`,
		'',
		`- Protocol: ${detail.protocolName}`,
		`- Code: \`${detail.code}\``,
		`- Kind: ${kindLabels[detail.kind]}`,
		`- ${detail.categoryNames.length > 1 ? 'Categories' : 'Category'}: ${detail.categoryNames.join(', ')}`,
		`- Page: ${detail.url}`,
		`- JSON: ${detail.url.replace(/\/([^/]+)\/([^/]+)\/$/, '/api/v1/$1/$2.json')}`,
		...(detail.retirement ? [`- Retired${detail.retirement.since ? ` since ${detail.retirement.since}` : ''}: ${detail.retirement.reason}${detail.retirement.replacedBy ? ` Use ${detail.retirement.replacedBy.code} instead: ${detail.retirement.replacedBy.url}` : ''}`] : []),
		'',
		`Origins: unmarked text and ${mark.source} come from the protocol's document; ${mark.site} is this site's own reading of it${printed ? `; ${observed(printed)} was read from that program's source` : ''}.`,
		'',
		'## What to do now',
		'',
		`- Retry: ${retryLabels[action.retry]} ${originMark(detail, 'retry')}`,
		`- Who acts: ${actorsInWords(action.actor)} ${originMark(detail, 'actor')}`,
		`- What is lost: ${lostLabels[action.lost]} ${originMark(detail, 'lost')}`,
		`- First step: ${action.first}`,
	];
	if (action.sourceSays) lines.push(`- The document says: "${action.sourceSays}"`);
	if (action.basis) lines.push(`- Why ${mark.site}: ${action.basis}`);
	if (action.byCause.length > 0) {
		lines.push('', 'Where the answer depends on the cause, the above is the most common case. By cause:', '');
		lines.push(...bullets(action.byCause.map((cause) => `${cause.cause}: ${retryLabels[cause.retry].toLowerCase()}; ${actorsInWords(cause.actor)} acts; ${lostLabels[cause.lost].toLowerCase()} is lost${cause.first ? `. First: ${cause.first}` : ''} ${mark.site}`)));
	}
	if (action.differs) lines.push('', `Unlike similar codes of other protocols ${mark.site}: ${action.differs}`);
	lines.push('', '## Meaning', '', detail.meaning);
	if (detail.causes.length > 0) lines.push('', '## Causes', '', ...bullets(detail.causes));
	if (detail.actions) {
		lines.push('', `## ${detail.actions.label}`, '');
		lines.push(...detail.actions.steps.map((step, index) => (detail.actions!.ordered ? `${index + 1}. ${step}` : `- ${step}`)));
	}
	if (detail.reasonCodes.length > 0) lines.push('', '## Reason codes', '', ...bullets(detail.reasonCodes.map((reason) => `\`${reason.value}\`: ${reason.meaning}`)));
	if (detail.fields.length > 0) lines.push('', '## Fields', '', ...bullets(detail.fields.map((field) => `\`${field.name}\`${field.type ? ` (\`${field.type}\`)` : ''}${field.optional ? ', optional' : ''}${field.description ? `: ${field.description}` : ''}`)));
	for (const scenario of detail.scenarios) {
		lines.push('', `## Scenario: ${scenario.title}`, '', ...(scenario.trigger ? [scenario.trigger, ''] : []), ...scenario.steps.map((step, index) => `${index + 1}. ${step}`));
	}
	for (const note of detail.implementationNotes) lines.push('', `## ${note.implementation}`, '', ...bullets(note.items));
	if (printed && printed.shapes.length + printed.disagreements.length > 0) {
		lines.push('', `## As printed ${observed(printed)}`, '', '`{…}` marks a value the program fills in.', '');
		lines.push(...bullets(printed.shapes.map((shape) => `${shape.form}: \`${shape.text}\` (${sourceUrl(printed.implementation, shape.source)})${shape.mapping === 'inferred' ? `; matched by meaning: ${shape.why ?? ''}` : ''}`)));
		for (const disagreement of printed.disagreements) lines.push(`- Program and document differ: the document says ${disagreement.document} The program: ${disagreement.implementation}`);
	}
	if (detail.related.length > 0) {
		lines.push('', '## Related codes', '', ...bullets(detail.related.map((link) => `[${link.code}](${link.url}): ${link.why}${link.origin === 'site' ? ` ${mark.site}` : ''}`)));
	}
	return `${lines.join('\n')}\n`;
}

/** `/llms.txt`: what the site is, and a link to every protocol and code, each to its Markdown twin. */
export function llmsTxt(site: string, protocols: readonly { id: string; name: string; description: string; codes: readonly CodeSummary[] }[]): string {
	const lines = [
		'# Protocol Error Atlas',
		'',
		`> The error codes of ${protocols.map((protocol) => protocol.name).join(', ')}: what each code means, why it happens, whether to retry, who acts, and what the implementations really print. Every code page has a Markdown twin at the same path with \`.md\` in place of the last slash.`,
		'',
		`- [The whole catalogue in one file](${new URL('/llms-full.txt', site).href})`,
		`- [The JSON API](${new URL('/api/v1/codes.json', site).href}): every code with its action (retry, actor, lost, first step)`,
		`- [Linking to a code](${new URL('/guides/linking/', site).href}): URL rules, lookup, retry loops, problem types`,
	];
	for (const protocol of protocols) {
		lines.push('', `## ${protocol.name}`, '', protocol.description, '');
		lines.push(...protocol.codes.map((code) => `- [${code.code} ${code.name}](${new URL(twinPath(code.path), site).href}): ${code.summary}`));
	}
	return `${lines.join('\n')}\n`;
}
