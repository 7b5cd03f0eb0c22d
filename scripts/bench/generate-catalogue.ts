/**
 * Writes a synthetic, schema-valid catalogue of N error codes (protocols, concepts, entries) into a
 * folder, for `npm run bench`: point `ATLAS_CONTENT_ROOT` at the folder and build.
 *
 * Usage: tsx scripts/bench/generate-catalogue.ts <folder> [--codes 1000] [--protocols 12] [--seed 1]
 *
 * The output is deterministic for a given seed, code count and protocol count. The protocols copy the
 * shapes of the real ones (hexadecimal `0xXXYY` codes with sub-codes like STT, four-digit decimals like
 * DTP, snake_case identifiers like Open Stream, small integers with prose names like TWAMP), and the
 * entries fill the same fields as real entries do, in roughly the same proportions. The concepts are
 * the real ones, copied from `content/concepts/`.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import type { ErrorEntryData } from '../../src/schemas/error-entry';
import type { ProtocolData } from '../../src/schemas/protocol';
import type { Kind } from '../../src/lib/kinds';
import { readCommandLine, UsageError, wholeNumber } from '../lib/command-line';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const realConcepts = join(projectRoot, 'content/concepts');

export interface GenerateOptions {
	/** How many code entries to write, sub-codes included. */
	codes: number;
	/** How many protocols to spread them over; 12 by default (more for very large catalogues). */
	protocols?: number | undefined;
	/** The seed of the pseudo-random choices. */
	seed?: number | undefined;
}

export interface GeneratedCatalogue {
	/** The folder written to (absolute). */
	root: string;
	/** Entries written per protocol id, in protocol order. */
	codesByProtocol: Map<string, number>;
	/** All entries written, sub-codes included. */
	codes: number;
	subCodes: number;
	concepts: number;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a small, fast, seedable generator; good enough for picking words. */
function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
	const item = items[Math.floor(random() * items.length)];
	if (item === undefined) throw new Error('pick from an empty list');
	return item;
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i -= 1) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

/** `count` distinct items (or all of them, when there are fewer). */
function sample<T>(random: Random, items: readonly T[], count: number): T[] {
	return shuffled(random, items).slice(0, count);
}

const chance = (random: Random, probability: number) => random() < probability;

/** The share of entries with an example code block: 47 of the 143 real entries have one. */
export const exampleShare = 0.33;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// ---------------------------------------------------------------------------------------------
// Vocabulary

const nouns = [
	'handshake', 'session', 'stream', 'frame', 'packet', 'channel', 'token', 'key', 'nonce', 'certificate',
	'route', 'peer', 'buffer', 'queue', 'lease', 'cursor', 'snapshot', 'manifest', 'ledger', 'segment',
	'window', 'credential', 'quota', 'replica', 'shard', 'tunnel', 'socket', 'cipher', 'checksum', 'schema',
	'payload', 'header', 'topic', 'subscription', 'batch', 'heartbeat', 'clock', 'offset', 'partition', 'index',
	'record', 'transaction', 'lock', 'endpoint', 'gateway', 'relay', 'codec', 'trailer', 'chunk', 'digest',
] as const;

const qualifiers = [
	'invalid', 'expired', 'missing', 'duplicate', 'stale', 'unknown', 'corrupt', 'oversized', 'unsupported', 'revoked',
	'locked', 'closed', 'pending', 'orphaned', 'truncated', 'mismatched', 'malformed', 'exhausted', 'rejected', 'unreachable',
	'forbidden', 'delayed', 'unsigned', 'detached', 'frozen', 'reserved', 'unbound', 'partial', 'out_of_order', 'conflicting',
] as const;

const failures = ['error', 'failure', 'timeout', 'violation', 'overflow', 'mismatch', 'denied', 'lost', 'limit', 'fault'] as const;
type Failure = (typeof failures)[number];

/** The concept a failure word most often maps to; the rest are spread over every concept. */
const conceptOfFailure: Partial<Record<Failure, string>> = {
	timeout: 'operation-timeout',
	violation: 'security-policy',
	overflow: 'buffer-overflow',
	mismatch: 'integrity-failure',
	denied: 'permission-denied',
	lost: 'connection-lost',
	limit: 'resource-limits',
};

const categoryThemes = [
	{ name: 'Connection', strategy: 'Retry with backoff; fix the address or the configuration when refused.' },
	{ name: 'Session', strategy: 'Reconnect and re-authenticate; keep the number of sessions within the limits.' },
	{ name: 'Stream', strategy: 'Reopen the stream; close the streams you no longer use.' },
	{ name: 'Frame', strategy: 'Discard the frame, notify the sender and log the failure.' },
	{ name: 'Authentication', strategy: 'Refresh the credentials, then retry once.' },
	{ name: 'Encryption', strategy: 'Renegotiate the keys; report repeated failures as an attack.' },
	{ name: 'Flow control', strategy: 'Slow down and respect the advertised window.' },
	{ name: 'Routing', strategy: 'Pick another route or wait for the topology to settle.' },
	{ name: 'Storage', strategy: 'Free space or move the data, then retry.' },
	{ name: 'Replication', strategy: 'Resynchronise the replica from a healthy one.' },
	{ name: 'Configuration', strategy: 'Correct the configuration; retrying does not help.' },
	{ name: 'Application', strategy: 'Add resources or reduce the load.' },
	{ name: 'Version', strategy: 'Negotiate a common version or upgrade one side.' },
	{ name: 'Permission', strategy: 'Grant the permission or ask someone who holds it.' },
] as const;

const protocolNames = [
	'Beacon', 'Cinder Link', 'Delta Sync', 'Ember RPC', 'Flux Transport', 'Granite Store', 'Harbor Queue',
	'Ion Stream', 'Jetty Control', 'Kestrel Telemetry', 'Lumen Auth', 'Meridian Clock', 'Nimbus Cache',
	'Orbit Bus', 'Pylon Gateway', 'Quill Log', 'Rivet Batch', 'Sable Tunnel', 'Tundra Archive', 'Vesper Lease',
] as const;

const actionLabels = ['Recovery', 'Client action', 'Troubleshooting', 'Resolution', 'Action'] as const;
/** First steps by retry verdict, as the real entries word them. */
const firstSteps = {
	now: ['Retry the request as it is.', 'Reconnect and send it again.'],
	backoff: ['Wait, then retry with exponential backoff.', 'Retry after the delay the server asks for.'],
	'after-fix': ['Fix the request, then send it again.', 'Correct the configuration, then reconnect.', 'Upgrade the client to the current version.'],
	never: ['Drop the message and report it.', 'Discard the data: it cannot be trusted.'],
	none: ['Nothing to do: the operation succeeded.'],
} as const;

// ---------------------------------------------------------------------------------------------
// Protocol styles: how codes look, like the real protocols

type Style = 'hex' | 'decimal' | 'snake' | 'numeric';
const styles: readonly Style[] = ['hex', 'decimal', 'snake', 'numeric'];

/** Codes one category can hold in each style (hex sub-codes do not count: they hang off a parent). */
const capacity: Record<Style, number> = { hex: 255, decimal: 999, snake: 1000, numeric: 500 };

const patterns: Record<Style, string> = {
	hex: '0x[0-9a-f]{4}(_0[1-9])?',
	decimal: '[1-9][0-9]{3}',
	snake: '[a-z]+(_[a-z]+)*',
	numeric: '[0-9]+',
};

const formatDescriptions: Record<Style, string> = {
	hex: 'A code is written `0xXXYY` in lower-case hexadecimal: `XX` names the category and `YY` the error inside it. Some codes have sub-codes written `0xXXYY_0N`.',
	decimal: 'A code is four decimal digits. The first digit names the category and the remaining three number the error inside it.',
	snake: 'A code is a lower-case snake_case identifier, sent as the `error` field of a JSON message.',
	numeric: 'A code is a small decimal integer; each category owns a block of 500 numbers.',
};

const exampleLanguages: Record<Style, string> = { hex: 'python', decimal: 'text', snake: 'json', numeric: 'console' };

/** One code being made, before it is written. */
interface Draft {
	code: string;
	name: string;
	kind: Kind;
	category: string;
	parent?: string;
	words: { qualifier: string; noun: string; failure: Failure };
}

interface ProtocolPlan {
	id: string;
	name: string;
	style: Style;
	categories: { id: string; name: string; range?: string; strategy: string; description: string }[];
	drafts: Draft[];
}

/** Every (qualifier, noun, failure) combination, in a shuffled order, for unique names. */
function wordTriples(random: Random): Draft['words'][] {
	const triples: Draft['words'][] = [];
	for (const qualifier of qualifiers) for (const noun of nouns) for (const failure of failures) triples.push({ qualifier, noun, failure });
	return shuffled(random, triples);
}

const upperSnake = ({ qualifier, noun, failure }: Draft['words']) => `${qualifier}_${noun}_${failure}`.toUpperCase();
const prose = ({ qualifier, noun, failure }: Draft['words']) => capitalised(`${qualifier.replace(/_/g, ' ')} ${noun} ${failure}`);
const titleCase = (words: Draft['words']) => prose(words).replace(/\b[a-z]/g, (letter) => letter.toUpperCase());

/** Splits `total` codes over `count` protocols, unevenly (like the real catalogue), at least 3 each. */
function shares(random: Random, total: number, count: number): number[] {
	const weights = Array.from({ length: count }, () => 0.5 + random());
	const sum = weights.reduce((a, b) => a + b, 0);
	const counts = weights.map((weight) => Math.max(3, Math.floor((total * weight) / sum)));
	let difference = total - counts.reduce((a, b) => a + b, 0);
	for (let i = 0; difference !== 0; i = (i + 1) % count) {
		if (difference > 0) {
			counts[i]! += 1;
			difference -= 1;
		} else if (counts[i]! > 3) {
			counts[i]! -= 1;
			difference += 1;
		}
	}
	return counts;
}

function planProtocol(random: Random, index: number, total: number): ProtocolPlan {
	const name = protocolNames[index % protocolNames.length]! + (index >= protocolNames.length ? ` ${Math.floor(index / protocolNames.length) + 1}` : '');
	const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
	const style = styles[index % styles.length]!;
	// Enough categories for the codes, 4 to 9 of them.
	const needed = Math.ceil(total / capacity[style]);
	if (needed > 9) throw new Error(`${total} codes do not fit one ${style} protocol: ask for more protocols`);
	const categoryCount = Math.max(needed, between(random, 4, 9));
	const categories = sample(random, categoryThemes, categoryCount).map((theme, c) => {
		const ranges: Record<Style, string | undefined> = {
			hex: `0x${(c + 1).toString(16).padStart(2, '0')}XX`,
			decimal: `${c + 1}xxx`,
			snake: undefined,
			numeric: `${c * 500}–${c * 500 + 499}`,
		};
		const range = ranges[style];
		return {
			id: theme.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
			name: `${theme.name} errors`,
			...(range === undefined ? {} : { range }),
			strategy: theme.strategy,
			description: `Failures of the ${name} ${theme.name.toLowerCase()} layer.`,
		};
	});

	const drafts: Draft[] = [];
	const triples = wordTriples(random);
	let next = 0;
	const takeWords = () => {
		const words = triples[next];
		if (words === undefined) throw new Error('ran out of unique names');
		next += 1;
		return words;
	};
	const perCategory = new Array<number>(categories.length).fill(0);
	while (drafts.length < total) {
		// Round-robin over the categories, so each fills evenly.
		const c = drafts.length % categories.length;
		const category = categories[c]!;
		const seq = perCategory[c]!;
		perCategory[c] = seq + 1;
		const words = takeWords();
		const code = {
			hex: `0x${(c + 1).toString(16).padStart(2, '0')}${(seq + 1).toString(16).padStart(2, '0')}`,
			decimal: `${c + 1}${String(seq + 1).padStart(3, '0')}`,
			snake: `${words.qualifier}_${words.noun}_${words.failure}`,
			numeric: String(c * 500 + seq),
		}[style];
		const name = { hex: upperSnake(words), decimal: upperSnake(words), snake: prose(words), numeric: titleCase(words) }[style];
		drafts.push({ code, name, kind: 'error-code', category: category.id, words });
		// About one hex code in 30 is split into 2–4 sub-codes, like STT's 0x0405.
		if (style === 'hex' && chance(random, 1 / 30)) {
			const subCount = Math.min(between(random, 2, 4), total - drafts.length);
			for (let s = 1; s <= subCount; s += 1) {
				const subWords = takeWords();
				drafts.push({ code: `${code}_0${s}`, name: upperSnake(subWords), kind: 'sub-code', category: category.id, parent: code, words: subWords });
			}
		}
	}
	return { id, name, style, categories, drafts };
}

// ---------------------------------------------------------------------------------------------
// Text

function summaryOf(random: Random, { qualifier, noun, failure }: Draft['words']): string {
	const q = qualifier.replace(/_/g, ' ');
	return pick(random, [
		`The ${noun} was ${q}, so the operation stopped with a ${failure}.`,
		`A ${q} ${noun} was received and rejected.`,
		`The peer reported a ${failure} on a ${q} ${noun}.`,
		`The request named a ${noun} that is ${q}; nothing was changed.`,
		`Processing stopped because the ${noun} is ${q}.`,
	]);
}

function meaningOf(random: Random, protocol: string, { qualifier, noun, failure }: Draft['words']): string {
	const q = qualifier.replace(/_/g, ' ');
	const other = pick(random, nouns);
	return [
		`${protocol} checks every ${noun} before it uses it. This code means the check found the ${noun} ${q}, and the ${failure} was reported instead of going on.`,
		pick(random, [
			`The ${other} it belongs to is left as it was.`,
			`Nothing was sent on; the ${other} is still usable.`,
			`The ${other} is closed as a consequence.`,
			`The source notes that the ${other} may have to be renegotiated.`,
		]),
	].join(' ');
}

function causesOf(random: Random, { qualifier, noun }: Draft['words']): string[] {
	const q = qualifier.replace(/_/g, ' ');
	const pool = [
		`The ${noun} was ${q} before it arrived`,
		`A misconfigured ${noun} limit on one side`,
		'Clock skew between the peers',
		`A bug in the ${noun} handling code`,
		`The network dropped or reordered ${pick(random, nouns)} packets`,
		`An old client that does not know the current ${noun} format`,
		`Too many concurrent ${noun}s for the configured limits`,
		'An intermediary (proxy, load balancer) rewrote the message',
	];
	return sample(random, pool, between(random, 2, 5));
}

function actionsOf(random: Random, { noun }: Draft['words']): NonNullable<ErrorEntryData['actions']> {
	const pool = [
		'Retry with exponential backoff',
		`Check the ${noun} configuration on both sides`,
		'Reconnect and start a new session',
		'Check the logs on the peer for the matching error',
		`Regenerate the ${noun} and send it again`,
		'Upgrade the client to the current version',
		'Report a bug if the error is reproducible',
		'Increase the limit, or reduce the load',
	];
	return { label: pick(random, actionLabels), steps: sample(random, pool, between(random, 1, 4)), ordered: chance(random, 0.3) };
}

function actionOf(random: Random): ErrorEntryData['action'] {
	const roll = random();
	const retry = roll < 0.3 ? 'backoff' : roll < 0.7 ? 'after-fix' : roll < 0.8 ? 'now' : roll < 0.95 ? 'never' : 'none';
	const actor = retry === 'none' || retry === 'now' ? (['none'] as const) : chance(random, 0.5) ? (['caller'] as const) : (['operator', 'peer'] as const);
	const lost = retry === 'none' ? 'nothing' : pick(random, ['message', 'stream', 'session', 'connection'] as const);
	const first = pick(random, firstSteps[retry]);
	// Drawn at random, so codes of one concept disagree: each says so, as the check asks of real ones.
	const differs = 'Its protocol handles this failure its own way.';
	return chance(random, 0.6)
		? { retry, actor: [...actor], lost, first, stated: ['retry'], sourceSays: 'Recoverable: as the table says.', basis: 'The source states whether to retry; who acts and what is lost follow from its steps.', byCause: [], differs }
		: { retry, actor: [...actor], lost, first, stated: [], basis: 'The source gives no verdict; its recovery steps suggest this one.', byCause: [], differs };
}

function exampleOf(style: Style, protocol: string, draft: Draft): string {
	const body = {
		hex: [
			'try:',
			'    session = await node.connect(peer_addr, peer_id)',
			`except ${draft.name.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _s, letter: string) => letter.toUpperCase())}Error as err:`,
			`    log.warning("${protocol} %s: ${draft.words.noun} ${draft.words.failure}", format(err.code, "#06x"))  # ${draft.code}`,
		],
		decimal: [`errorCode    = ${draft.code}`, `errorMessage = "${prose(draft.words)}"`, `related${capitalised(draft.words.noun)}Id = <the ${draft.words.noun} the frame named>`],
		snake: [JSON.stringify({ error: draft.code, message: prose(draft.words).toLowerCase(), hint: `check the ${draft.words.noun}` })],
		numeric: [`$ ${protocol.toLowerCase().replace(/\s+/g, '-')} client 192.0.2.45`, `Error: ${draft.name} (Code ${draft.code})`],
	}[style];
	return [
		'## Example',
		'',
		`An illustrative ${style === 'snake' ? 'error line' : 'listing'} for this code; the texts are made up for this page.`,
		'',
		'```' + exampleLanguages[style],
		...body,
		'```',
		'',
	].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Files

/** Front matter and body as a Markdown file. YAML 1.1 quoting keeps `Yes`, `0x0101` and `0101` strings. */
function markdown(data: object, body: string): string {
	return `---\n${stringify(data, { version: '1.1', lineWidth: 100 })}---\n\n${body}`;
}

function protocolFile(plan: ProtocolPlan, order: number): string {
	const examples = plan.drafts.slice(0, 2).map((draft) => draft.code);
	const data: ProtocolData = {
		name: plan.name,
		order,
		description: `${plan.name} is a synthetic protocol made for benchmarks. Its ${plan.drafts.length} codes cover ${plan.categories.length} categories, from ${plan.categories[0]!.name.toLowerCase()} to ${plan.categories.at(-1)!.name.toLowerCase()}.`,
		codeFormat: { description: formatDescriptions[plan.style], width: { hex: '16 bits, hexadecimal', decimal: 'four decimal digits', snake: 'a string', numeric: 'an integer' }[plan.style], pattern: patterns[plan.style], examples },
		categories: plan.categories,
		delivery: [
			{
				name: plan.style === 'snake' ? 'Error line' : 'Control frame',
				description: `An error travels to the other side as a ${plan.style === 'snake' ? 'JSON line' : 'control frame'} that names the code and adds a readable message.`,
				fields: [
					{ name: 'code', description: 'The error code.', optional: false },
					{ name: 'message', description: 'A human-readable description of the error.', optional: false },
					{ name: 'detail', description: 'Context about the failure, where there is any.', optional: true },
				],
			},
		],
		source: { title: `${plan.name} error reference`, description: `The synthetic reference that lists every ${plan.name} code.`, references: [] },
	};
	const body = [
		'## Background',
		'',
		`${plan.name} reports its failures with codes grouped into categories. ${formatDescriptions[plan.style]}`,
		'',
		'## How errors reach the application',
		'',
		'Every failure is delivered with its code and a readable message; the examples on each code page show how.',
		'',
		'```' + exampleLanguages[plan.style],
		plan.style === 'snake' ? JSON.stringify({ error: examples[0], message: 'what went wrong' }) : `code = ${examples[0]}`,
		'```',
		'',
	].join('\n');
	return markdown(data, body);
}

function entryFile(random: Random, plan: ProtocolPlan, index: number, retiredCodes: ReadonlySet<string>, conceptIds: readonly string[]): { slug: string; text: string } {
	const draft = plan.drafts[index]!;
	const { words } = draft;
	const data: Record<string, unknown> = {
		code: draft.code,
		name: draft.name,
		kind: draft.kind,
		categories: [draft.category],
	};
	const primary = conceptOfFailure[words.failure];
	const concepts = new Set<string>();
	if (!chance(random, 0.05)) concepts.add(primary !== undefined && chance(random, 0.6) ? primary : pick(random, conceptIds));
	if (chance(random, 0.12)) concepts.add(pick(random, conceptIds));
	// The first link is the code's own concept; a second one, where drawn, only touches it.
	if (concepts.size > 0) data['concepts'] = [...concepts].map((id, position) => (position === 0 ? { id, relation: 'exact' } : { id, relation: 'related', caveat: 'It touches this concept without reporting it.' }));
	data['summary'] = summaryOf(random, words);
	data['meaning'] = meaningOf(random, plan.name, words);
	if (draft.parent !== undefined) data['parent'] = draft.parent;
	if (chance(random, 0.6)) data['causes'] = causesOf(random, words);
	if (chance(random, 0.55)) data['actions'] = actionsOf(random, words);
	data['action'] = actionOf(random);
	if (chance(random, 0.05)) data['severity'] = pick(random, ['Critical', 'High', 'Medium', 'Low']);
	if (chance(random, 0.05)) {
		data['fields'] = [
			{ name: `${words.noun}_id`, type: 'u64', description: `The ${words.noun} the error is about.`, optional: false },
			{ name: 'detail', type: 'String', description: 'What the check found.', optional: true },
		];
	}
	if (chance(random, 0.05)) {
		data['reasonCodes'] = sample(random, ['graceful', 'timeout', 'error', 'policy', 'overload'], 3).map((value) => ({ value: `'${value}'`, meaning: `The ${words.noun} ended because of ${value === 'error' ? 'an error' : `a ${value}`}.` }));
	}
	if (chance(random, 0.04)) {
		data['scenarios'] = [{ title: `${capitalised(words.qualifier.replace(/_/g, ' '))} ${words.noun}`, trigger: `A ${words.noun} arrives ${words.qualifier.replace(/_/g, ' ')}.`, steps: [`Discard the ${words.noun}`, `Return ${draft.name} (${draft.code})`] }];
	}
	if (chance(random, 0.03)) data['implementationNotes'] = [{ implementation: `${plan.id}-reference`, items: ['Does not send the detail field.'] }];

	// Related codes: neighbours in the same protocol, mostly of the same category; sub-codes point to their parent.
	const related: { code: string; why: string; origin: 'source' | 'site' }[] = [];
	const candidates = new Set<string>();
	if (draft.parent !== undefined) candidates.add(draft.parent);
	const count = between(random, 0, 3);
	for (let tries = 0; candidates.size < count && tries < 10; tries += 1) {
		const other = plan.drafts[index + pick(random, [-plan.categories.length, plan.categories.length, -1, 1, 2 * plan.categories.length])];
		if (other && other.code !== draft.code) candidates.add(other.code);
	}
	for (const code of candidates) {
		related.push({ code, why: pick(random, ['The same failure one step earlier, before a session exists.', 'Reported instead when the check fails for a different reason.', 'The error that usually follows when this one is ignored.']), origin: chance(random, 0.3) ? 'source' : 'site' });
	}
	if (related.length > 0) data['related'] = related;

	if (retiredCodes.has(draft.code)) {
		const replacement = plan.drafts.find((other, i) => i > index && !retiredCodes.has(other.code) && other.kind === 'error-code');
		data['retired'] = { reason: 'The protocol merged this code into a more general one.', since: 'version 2', ...(replacement ? { replacedBy: replacement.code } : {}) };
	}
	// About a third of the real entries have a body, nearly always one example code block (47 of 143).
	const body = chance(random, exampleShare) ? exampleOf(plan.style, plan.name, draft) : '';
	return { slug: draft.code.toLowerCase(), text: markdown(data, body) };
}

/** A single-quoted YAML string. */
const yamlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * What a synthetic protocol's reference implementation prints: for about six codes in ten, a raised
 * exception and a log line, as the real implementations' files hold them. Drawn from its own random
 * sequence, so the entries stay the same whether or not these are written.
 */
function printedFile(random: Random, plan: ProtocolPlan): string {
	const module = `${plan.id.replace(/-/g, '_')}_ref`;
	const className = `${capitalised(plan.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()))}Error`;
	const lines = [
		`# Synthetic: what ${module} 1.0.0 prints (scripts/bench/generate-catalogue.ts).`,
		'implementation:',
		`  name: ${module}`,
		`  repository: example/${module}`,
		`  version: '1.0.0'`,
		`  commit: ${'0123456789abcdef'.repeat(3).slice(0, 40)}`,
		'  language: Python',
		`  modules: [${module}]`,
		'shapes:',
	];
	plan.drafts.forEach((draft, index) => {
		if (!chance(random, 0.6)) return;
		const { qualifier, noun, failure } = draft.words;
		const message = `${capitalised(qualifier.replace(/_/g, ' '))} ${noun} ${failure.replace(/_/g, ' ')}`;
		lines.push(
			`  - code: ${yamlString(draft.code)}`,
			'    form: exception',
			`    text: ${yamlString(`${module}.errors.${className}: ${message}: {detail}`)}`,
			`    source: ${module}/errors.py:${10 + index}`,
			'    mapping: inferred',
			`    why: ${yamlString(`It reports a ${noun} that ${failure.replace(/_/g, ' ')}.`)}`,
		);
		if (chance(random, 0.5)) {
			lines.push(
				`  - code: ${yamlString(draft.code)}`,
				'    form: log',
				`    text: ${yamlString(`{timestamp} - ${module}.${noun} - ERROR - ${noun} {id} ${failure.replace(/_/g, ' ')} ({reason})`)}`,
				`    source: ${module}/${noun}.py:${20 + index}`,
				'    mapping: inferred',
				`    why: ${yamlString(`It logs the ${noun} failure this code names.`)}`,
			);
		}
	});
	return `${lines.join('\n')}\n`;
}

export function generateCatalogue(folder: string, options: GenerateOptions): GeneratedCatalogue {
	const root = resolve(folder);
	const seed = options.seed ?? 1;
	const random = seeded(seed);
	const requested = options.protocols ?? Math.min(protocolNames.length, Math.max(12, Math.ceil(options.codes / 1000)));
	// Every protocol gets at least three codes, so related codes always exist.
	const protocolCount = Math.max(1, Math.min(requested, Math.floor(options.codes / 3)));
	if (options.codes < 3) throw new Error('ask for at least 3 codes');

	// Start clean: only the folders this script writes are removed.
	for (const part of ['protocols', 'errors', 'concepts', 'printed']) rmSync(join(root, part), { recursive: true, force: true });
	mkdirSync(join(root, 'protocols'), { recursive: true });
	mkdirSync(join(root, 'printed'), { recursive: true });
	const printedRandom = seeded(seed + 1);
	mkdirSync(join(root, 'concepts'), { recursive: true });

	const conceptFiles = readdirSync(realConcepts).filter((name) => name.endsWith('.md') && !name.startsWith('_')).sort();
	for (const name of conceptFiles) copyFileSync(join(realConcepts, name), join(root, 'concepts', name));
	const conceptIds = conceptFiles.map((name) => name.replace(/\.md$/, ''));

	const counts = shares(random, options.codes, protocolCount);
	const codesByProtocol = new Map<string, number>();
	let subCodes = 0;
	counts.forEach((total, index) => {
		const plan = planProtocol(random, index, total);
		writeFileSync(join(root, 'protocols', `${plan.id}.md`), protocolFile(plan, index + 1));
		const folderOfCodes = join(root, 'errors', plan.id);
		mkdirSync(folderOfCodes, { recursive: true });
		// About 1% of the plain codes are retired (never the last one, which has nothing after it to replace it).
		const retired = new Set(plan.drafts.filter((draft, i) => draft.kind === 'error-code' && i < plan.drafts.length - 1 && chance(random, 0.01)).map((draft) => draft.code));
		plan.drafts.forEach((draft, i) => {
			const { slug, text } = entryFile(random, plan, i, retired, conceptIds);
			writeFileSync(join(folderOfCodes, `${slug}.md`), text);
			if (draft.kind === 'sub-code') subCodes += 1;
		});
		writeFileSync(join(root, 'printed', `${plan.id}.yaml`), printedFile(printedRandom, plan));
		codesByProtocol.set(plan.id, plan.drafts.length);
	});
	return { root, codesByProtocol, codes: options.codes, subCodes, concepts: conceptFiles.length };
}

// ---------------------------------------------------------------------------------------------
// Command line

const usage = `Usage: tsx scripts/bench/generate-catalogue.ts <folder> [--codes 1000] [--protocols 12] [--seed 1]

  <folder>           where to write protocols/, errors/, concepts/ and printed/ (those are replaced)
  --codes <n>        code entries to write, sub-codes included, at least 3 (default 1000)
  --protocols <n>    protocols to spread them over (default 12, more for very large catalogues)
  --seed <n>         seed of the pseudo-random choices (default 1)`;

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { folder, options } = readCommandLine(
		usage,
		{
			allowPositionals: true,
			options: { codes: { type: 'string' }, protocols: { type: 'string' }, seed: { type: 'string' } },
		},
		({ values, positionals }) => {
			if (positionals.length !== 1) throw new UsageError(`give exactly one folder to write to (got ${positionals.length})`);
			return {
				folder: positionals[0]!,
				options: { codes: wholeNumber('codes', values.codes, 3) ?? 1000, protocols: wholeNumber('protocols', values.protocols, 1), seed: wholeNumber('seed', values.seed, 1) },
			};
		},
	);
	const result = generateCatalogue(folder, options);
	console.log(`${result.codes} codes (${result.subCodes} sub-codes) in ${result.codesByProtocol.size} protocols, ${result.concepts} concepts, written to ${result.root}`);
}
