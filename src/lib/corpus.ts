/**
 * Checks the whole catalogue at once, in the manner of a tidy check: every rule over every file,
 * every problem collected, so one run shows all that is wrong. Each rule is its own module in
 * `rules/`; this file validates each collection against its schema, then runs the rules in order.
 * Pure: it takes parsed files and returns problems; reading the disk is `read-content.ts`'s job.
 */
import { errorEntrySchema, type ErrorEntryData } from '../schemas/error-entry';
import { protocolSchema, type ProtocolData } from '../schemas/protocol';
import { conceptSchema, type ConceptData } from '../schemas/concept';
import { printedSchema, type PrintedData } from '../schemas/printed';
import type { Catalogue, ContentFile, Problem, Rule } from './rules/rule';
import { checkSchema } from './rules/schema';
import { checkProtocolFolder } from './rules/protocol-folder';
import { checkCodePattern } from './rules/code-pattern';
import { checkFileName } from './rules/file-name';
import { checkDuplicateCode } from './rules/duplicate-code';
import { checkUnknownCategory } from './rules/unknown-category';
import { checkUnknownConcept } from './rules/unknown-concept';
import { checkSubcodeWithoutParent } from './rules/subcode-without-parent';
import { checkReferences } from './rules/references';
import { checkActionConsistency } from './rules/action-consistency';
import { checkPrintedCodes } from './rules/printed-codes';

export type { ContentFile, Problem } from './rules/rule';

export interface CheckedCorpus {
	protocols: Map<string, ProtocolData>;
	concepts: Map<string, ConceptData>;
	entries: { file: ContentFile; data: ErrorEntryData }[];
	/** What each protocol's implementation prints, by protocol id. */
	printed: { protocol: string; data: PrintedData }[];
	problems: Problem[];
}

/** The rules over the validated catalogue, in the order their problems are listed. */
const rules: readonly Rule[] = [
	checkProtocolFolder,
	checkCodePattern,
	checkFileName,
	checkDuplicateCode,
	checkUnknownCategory,
	checkUnknownConcept,
	checkSubcodeWithoutParent,
	checkReferences,
	checkActionConsistency,
	checkPrintedCodes,
];

/** Validates each collection against its schema: the catalogue of accepted files, and the schema problems. */
export function parseCatalogue(
	protocolFiles: readonly ContentFile[],
	entryFiles: readonly ContentFile[],
	conceptFiles: readonly ContentFile[] = [],
	printedFiles: readonly ContentFile[] = [],
): { catalogue: Catalogue; problems: Problem[] } {
	const concepts = checkSchema(conceptSchema, conceptFiles);
	const protocols = checkSchema(protocolSchema, protocolFiles);
	const entries = checkSchema(errorEntrySchema, entryFiles);
	const printed = checkSchema(printedSchema, printedFiles);
	const catalogue: Catalogue = {
		protocols: new Map(protocols.valid.map(({ file, data }) => [file.stem, data])),
		concepts: new Map(concepts.valid.map(({ file, data }) => [file.stem, data])),
		entries: entries.valid,
		printed: printed.valid,
		rejected: { protocols: protocols.rejected, entries: entries.rejected },
	};
	return { catalogue, problems: [...concepts.problems, ...protocols.problems, ...entries.problems, ...printed.problems] };
}

export function checkCorpus(
	protocolFiles: readonly ContentFile[],
	entryFiles: readonly ContentFile[],
	conceptFiles: readonly ContentFile[] = [],
	printedFiles: readonly ContentFile[] = [],
): CheckedCorpus {
	const { catalogue, problems } = parseCatalogue(protocolFiles, entryFiles, conceptFiles, printedFiles);
	for (const rule of rules) problems.push(...rule(catalogue));
	const { protocols, concepts, entries } = catalogue;
	const printed = catalogue.printed.filter(({ file }) => protocols.has(file.stem)).map(({ file, data }) => ({ protocol: file.stem, data }));
	return { protocols, concepts, entries, printed, problems };
}

export function formatProblems(problems: readonly Problem[]): string {
	const lines = problems.map(
		(problem) => `  ${problem.file}${problem.field ? ` — field "${problem.field}"` : ''}: ${problem.message}`,
	);
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	return `The content has ${count}:\n${lines.join('\n')}`;
}
