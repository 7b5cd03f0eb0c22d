/**
 * The `atlas` command: `atlas explain stt 0x0405` or `atlas explain "<a pasted log line>"`. Offline,
 * over the same catalogue and the same resolver as the site: the entry's meaning, causes, what to do
 * and its URL, or the candidates with why each is listed.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { codeFile, type CodeDetail } from '../lib/api';
import { actorsInWords, lostLabels, retryLabels } from '../lib/action';
import { toCatalogueEntry, type CatalogueEntry } from '../lib/catalogue';
import { formatProblems } from '../lib/corpus';
import { contentRoot, loadCatalogue } from '../lib/read-content';
import { resolvePath, resolveText, type Resolution } from '../lib/resolve';
import { catalogueResolverIndex } from '../lib/resolver-data';
import { protocolSpellings, spellingKey } from '../lib/spellings';

interface Output {
	write(text: string): unknown;
	isTTY?: boolean;
}

const usage = `Usage:
  atlas explain <protocol> <code>     e.g. atlas explain stt 0x0405
  atlas explain "<text>"              a log line, an error body, a traceback's last line…

Options:
  --json        print the code's JSON record (as /api/v1/<protocol>/<slug>.json) instead of text
  --help        this help
Environment: ATLAS_SITE_URL (the site's origin for URLs), ATLAS_CONTENT_ROOT (another catalogue).
`;

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Bold and dim where the output is a terminal that wants colour; plain text otherwise. */
function styles(out: Output) {
	const on = Boolean(out.isTTY) && !process.env.NO_COLOR;
	const wrap = (open: string, close: string) => (text: string) => (on ? `\u001b[${open}m${text}\u001b[${close}m` : text);
	return { bold: wrap('1', '22'), dim: wrap('2', '22') };
}

/** Backticks stay: they mark names in the site's text, and read well in a terminal. */
function indent(text: string, by = '  '): string {
	return text
		.split('\n')
		.map((line) => by + line)
		.join('\n');
}

export function explainText(detail: CodeDetail, out: Output): string {
	const { bold, dim } = styles(out);
	const judged = (field: 'retry' | 'actor' | 'lost') => (detail.action.stated.includes(field) ? '' : ` ${dim('◆')}`);
	const lines = [
		bold(`${detail.protocolName} ${detail.code} ${detail.name}`),
		detail.summary,
		'',
		bold('What to do now'),
		`  Retry:        ${retryLabels[detail.action.retry]}${judged('retry')}`,
		`  Who acts:     ${actorsInWords(detail.action.actor)}${judged('actor')}`,
		`  What is lost: ${lostLabels[detail.action.lost]}${judged('lost')}`,
		`  First step:   ${detail.action.first}`,
	];
	if (detail.action.byCause.length > 0) {
		lines.push('  Depends on the cause; the above is the most common case:');
		for (const cause of detail.action.byCause) lines.push(`    ${cause.cause}: ${retryLabels[cause.retry].toLowerCase()}, ${actorsInWords(cause.actor)}`);
	}
	lines.push('', bold('Meaning'), indent(detail.meaning));
	if (detail.causes.length > 0) lines.push('', bold('Causes'), ...detail.causes.map((cause) => `  - ${cause}`));
	if (detail.actions) lines.push('', bold(detail.actions.label), ...detail.actions.steps.map((step, index) => `  ${detail.actions!.ordered ? `${index + 1}.` : '-'} ${step}`));
	if (detail.retirement) lines.push('', bold('Retired'), indent(`${detail.retirement.reason}${detail.retirement.replacedBy ? ` Use ${detail.retirement.replacedBy.code}: ${detail.retirement.replacedBy.url}` : ''}`));
	lines.push('', detail.url);
	if (detail.action.stated.length < 3) lines.push(dim('◆ the site’s judgement, not the protocol document’s (the page says what it rests on)'));
	return `${lines.join('\n')}\n`;
}

function candidatesText(resolution: Resolution, out: Output): string {
	const { bold, dim } = styles(out);
	const lines: string[] = [];
	if (resolution.miss) lines.push(resolution.miss, '');
	const matches = resolution.matches.length > 0 ? resolution.matches : resolution.suggestions;
	if (matches.length === 0) {
		lines.push('No code matches this text.');
		return `${lines.join('\n')}\n`;
	}
	lines.push(resolution.matches.length > 0 ? 'No one code is clearly meant. Candidates, best first:' : 'No code matches exactly. Close spellings:');
	for (const match of matches.slice(0, 10)) {
		lines.push(`  ${bold(`${match.protocolName} ${match.code}`)} ${match.name}`);
		if (match.evidence.length > 0) lines.push(`    ${dim(`why: ${match.evidence.join('; ')}`)}`);
		lines.push(`    atlas explain ${match.protocol} '${match.code.replace(/'/g, "'\\''")}'`);
	}
	return `${lines.join('\n')}\n`;
}

export async function main(argv: readonly string[], io: { stdout: Output; stderr: Output }, env: NodeJS.ProcessEnv = process.env): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
	} catch (error) {
		io.stderr.write(`${(error as Error).message}\n\n${usage}`);
		return 2;
	}
	const [command, ...rest] = parsed.positionals;
	if (parsed.values.help || command === undefined) {
		(parsed.values.help ? io.stdout : io.stderr).write(usage);
		return parsed.values.help ? 0 : 2;
	}
	if (command !== 'explain' || rest.length === 0) {
		io.stderr.write(`atlas: expected "explain" and a code or a text; found ${JSON.stringify(argv.join(' '))}\n\n${usage}`);
		return 2;
	}

	const catalogue = loadCatalogue(contentRoot(projectRoot, env), projectRoot);
	if (catalogue.problems.length > 0) {
		io.stderr.write(`${formatProblems(catalogue.problems)}\n`);
		return 2;
	}
	const protocols = [...catalogue.protocols].map(([id, data]) => ({ id, data }));
	const entries: CatalogueEntry[] = catalogue.entries.map(({ file, data }) => toCatalogueEntry({ id: `${file.protocol}/${file.stem}`, data }));
	const index = catalogueResolverIndex(protocols, entries, catalogue.printed);
	const protocolGiven = rest.length >= 2 && protocols.some(({ id, data }) => protocolSpellings(id, data.name).some((spelling) => spellingKey(spelling) === spellingKey(rest[0]!)));
	const resolution = protocolGiven ? resolvePath(index, `/${rest[0]}/${encodeURIComponent(rest.slice(1).join(' '))}/`) : resolveText(index, rest.join(' '));
	const best = resolution.best?.slug ? resolution.best : resolution.matches.length === 1 && resolution.matches[0]!.score >= 60 ? resolution.matches[0] : undefined;
	if (!best) {
		io.stdout.write(candidatesText(resolution, io.stdout));
		return resolution.matches.length > 0 || resolution.suggestions.length > 0 ? 1 : 3;
	}
	const site = env.ATLAS_SITE_URL ?? 'https://protocol-error-atlas.example';
	const entry = entries.find((candidate) => candidate.protocol === best.protocol && candidate.slug === best.slug)!;
	const detail = codeFile(entry, protocols, entries, site);
	io.stdout.write(parsed.values.json ? `${JSON.stringify(detail, null, '\t')}\n` : explainText(detail, io.stdout));
	return 0;
}
