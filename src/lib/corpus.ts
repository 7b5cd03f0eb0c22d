/**
 * Checks the whole catalogue at once, in the manner of a tidy check: every rule over every file,
 * every problem collected, so one run shows all that is wrong. Pure: it takes parsed files and
 * returns problems; reading the disk is `read-content.ts`'s job.
 */
import type { z } from 'astro/zod';
import { errorEntrySchema, type ErrorEntryData } from '../schemas/error-entry';
import { protocolSchema, type ProtocolData } from '../schemas/protocol';
import { conceptSchema, type ConceptData } from '../schemas/concept';
import { printedSchema, type PrintedData } from '../schemas/printed';
import { canonicalSlug } from './slug';
import { checkActionConsistency } from './rules/action-consistency';

/** One content file, its front matter parsed but not yet validated. */
export interface ContentFile {
	/** Path shown in messages, relative to the project, e.g. `content/errors/stt/0x0101.md`. */
	path: string;
	/** File name without extension (the slug for an entry, the protocol id for a protocol). */
	stem: string;
	/** For an error entry: the name of the protocol folder it sits in. */
	protocol?: string | undefined;
	data: unknown;
}

export interface Problem {
	file: string;
	/** Dotted path of the offending field, when the problem is about one field. */
	field?: string | undefined;
	/** What was expected, and what was found. */
	message: string;
}

export interface CheckedCorpus {
	protocols: Map<string, ProtocolData>;
	concepts: Map<string, ConceptData>;
	entries: { file: ContentFile; data: ErrorEntryData }[];
	/** What each protocol's implementation prints, by protocol id. */
	printed: { protocol: string; data: PrintedData }[];
	problems: Problem[];
}

function fieldPath(path: readonly PropertyKey[]): string | undefined {
	return path.length === 0 ? undefined : path.map(String).join('.');
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): Omit<Problem, "file">[] {
	if (issue.code === 'unrecognized_keys') {
		return issue.keys.map((key) => ({
			field: fieldPath([...issue.path, key]),
			message: 'unknown field: expected only the fields the schema defines (check the spelling)',
		}));
	}
	let found: unknown = data;
	for (const key of issue.path) {
		found = found !== null && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[key] : undefined;
	}
	const foundText =
		found === undefined
			? 'nothing (the field is missing)'
			: found instanceof Date
				? `the date ${found.toISOString().slice(0, 10)} (YAML reads an unquoted date as a date: quote it)`
				: JSON.stringify(found);
	return [{ field: fieldPath(issue.path), message: `expected ${issue.message.replace(/^Invalid input: expected /, '')}; found ${foundText}` }];
}

function validate<T>(schema: z.ZodType<T>, file: ContentFile, problems: Problem[]): T | undefined {
	const result = schema.safeParse(file.data);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		for (const described of describeIssue(issue, file.data)) problems.push({ file: file.path, ...described });
	}
	return undefined;
}

export function checkCorpus(
	protocolFiles: readonly ContentFile[],
	entryFiles: readonly ContentFile[],
	conceptFiles: readonly ContentFile[] = [],
	printedFiles: readonly ContentFile[] = [],
): CheckedCorpus {
	const problems: Problem[] = [];
	const concepts = new Map<string, ConceptData>();
	for (const file of conceptFiles) {
		const data = validate(conceptSchema, file, problems);
		if (data) concepts.set(file.stem, data);
	}
	const protocols = new Map<string, ProtocolData>();
	for (const file of protocolFiles) {
		const data = validate(protocolSchema, file, problems);
		if (data) protocols.set(file.stem, data);
	}

	const entries: CheckedCorpus['entries'] = [];
	for (const file of entryFiles) {
		const data = validate(errorEntrySchema, file, problems);
		if (data) entries.push({ file, data });
	}

	const codesByProtocol = new Map<string, Map<string, ContentFile>>();
	for (const { file, data } of entries) {
		const protocolId = file.protocol ?? '';
		const protocol = protocols.get(protocolId);
		if (!protocol) {
			problems.push({
				file: file.path,
				message: `the folder "${protocolId}" names no protocol: expected one of ${[...protocols.keys()].join(', ')}`,
			});
			continue;
		}
		const pattern = new RegExp(`^(?:${protocol.codeFormat.pattern})$`);
		if (!pattern.test(data.code)) {
			problems.push({
				file: file.path,
				field: 'code',
				message: `expected a ${protocol.name} code matching /${protocol.codeFormat.pattern}/ (e.g. ${protocol.codeFormat.examples.join(', ')}); found ${JSON.stringify(data.code)}`,
			});
		}
		let expectedSlug: string | undefined;
		try {
			expectedSlug = canonicalSlug(protocolId, data.code, data.kind);
		} catch (error) {
			problems.push({ file: file.path, field: 'kind', message: (error as Error).message });
		}
		if (expectedSlug !== undefined && expectedSlug !== file.stem) {
			problems.push({
				file: file.path,
				field: 'code',
				message: `expected the file to be named "${expectedSlug}.md" after its code ${JSON.stringify(data.code)}; found "${file.stem}.md"`,
			});
		}
		const known = codesByProtocol.get(protocolId) ?? new Map<string, ContentFile>();
		codesByProtocol.set(protocolId, known);
		const clash = known.get(data.code);
		if (clash) {
			problems.push({
				file: file.path,
				field: 'code',
				message: `expected each ${protocol.name} code once; ${JSON.stringify(data.code)} is also in ${clash.path}`,
			});
		} else {
			known.set(data.code, file);
		}
		const categoryIds = protocol.categories.map((category) => category.id);
		data.categories.forEach((category, index) => {
			if (!categoryIds.includes(category)) {
				problems.push({
					file: file.path,
					field: `categories.${index}`,
					message: `expected a ${protocol.name} category (${categoryIds.join(', ')}); found ${JSON.stringify(category)}`,
				});
			}
		});
		data.concepts.forEach((concept, index) => {
			if (!concepts.has(concept)) {
				problems.push({
					file: file.path,
					field: `concepts.${index}`,
					message: `expected a concept id (${[...concepts.keys()].join(', ') || 'none defined'}); found ${JSON.stringify(concept)}`,
				});
			}
		});
		if (data.kind === 'sub-code' && data.parent === undefined) {
			problems.push({ file: file.path, field: 'parent', message: 'expected the parent code of this sub-code; found nothing (the field is missing)' });
		}
	}

	for (const { file, data } of entries) {
		const known = codesByProtocol.get(file.protocol ?? '');
		if (!known) continue;
		const references = [
			...(data.parent === undefined ? [] : [{ field: 'parent', code: data.parent }]),
			...(data.retired?.replacedBy === undefined ? [] : [{ field: 'retired.replacedBy', code: data.retired.replacedBy }]),
			...data.related.map((related, index) => ({ field: `related.${index}.code`, code: related.code })),
		];
		for (const { field, code } of references) {
			if (code === data.code) {
				problems.push({ file: file.path, field, message: `expected another code; found the entry's own code ${JSON.stringify(code)}` });
			} else if (!known.has(code)) {
				problems.push({
					file: file.path,
					field,
					message: `expected an existing ${protocols.get(file.protocol ?? '')?.name} code; found ${JSON.stringify(code)}, which has no entry`,
				});
			}
		}
	}

	problems.push(...checkActionConsistency(entries.map(({ file, data }) => ({ path: file.path, data }))));
	const printed = checkPrinted(printedFiles, protocols, codesByProtocol, problems);
	return { protocols, concepts, entries, printed, problems };
}

/** Each printed string names an existing code of the protocol its file is named after. */
function checkPrinted(
	files: readonly ContentFile[],
	protocols: ReadonlyMap<string, ProtocolData>,
	codesByProtocol: ReadonlyMap<string, ReadonlyMap<string, ContentFile>>,
	problems: Problem[],
): CheckedCorpus['printed'] {
	const printed: CheckedCorpus['printed'] = [];
	for (const file of files) {
		const data = validate(printedSchema, file, problems);
		if (!data) continue;
		const protocol = protocols.get(file.stem);
		if (!protocol) {
			problems.push({ file: file.path, message: `the file "${file.stem}.yaml" names no protocol: expected one of ${[...protocols.keys()].join(', ')}` });
			continue;
		}
		const known = codesByProtocol.get(file.stem) ?? new Map();
		const references = [
			...data.shapes.map((shape, index) => ({ field: `shapes.${index}.code`, code: shape.code })),
			...data.disagreements.flatMap((disagreement, index) => (disagreement.code === undefined ? [] : [{ field: `disagreements.${index}.code`, code: disagreement.code }])),
		];
		for (const { field, code } of references) {
			if (!known.has(code)) problems.push({ file: file.path, field, message: `expected an existing ${protocol.name} code; found ${JSON.stringify(code)}, which has no entry` });
		}
		printed.push({ protocol: file.stem, data });
	}
	return printed;
}

export function formatProblems(problems: readonly Problem[]): string {
	const lines = problems.map(
		(problem) => `  ${problem.file}${problem.field ? ` — field "${problem.field}"` : ''}: ${problem.message}`,
	);
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	return `The content has ${count}:\n${lines.join('\n')}`;
}
