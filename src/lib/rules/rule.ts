/**
 * What every content rule shares: the files it is given, the catalogue it checks and the problems it
 * returns. A rule is a pure function of the catalogue; `checkCorpus` runs them all and keeps every
 * problem.
 */
import type { ErrorEntryData } from '../../schemas/error-entry';
import type { ProtocolData } from '../../schemas/protocol';
import type { ConceptData } from '../../schemas/concept';
import type { PrintedData } from '../../schemas/printed';

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

/** A file whose data its collection's schema accepted. */
export interface Checked<T> {
	file: ContentFile;
	data: T;
}

/** The catalogue the rules check: every file its schema accepted, and the names of those it did not. */
export interface Catalogue {
	protocols: Map<string, ProtocolData>;
	concepts: Map<string, ConceptData>;
	entries: Checked<ErrorEntryData>[];
	printed: Checked<PrintedData>[];
	/**
	 * Files their schema turned away. Their own problem is already reported; the rules consult them
	 * so that a broken file does not also show up as a missing protocol or code everywhere it is named.
	 */
	rejected: { protocols: ContentFile[]; entries: ContentFile[] };
}

export type Rule = (catalogue: Catalogue) => Problem[];

/** An entry whose folder names a protocol, with that protocol: the rules about codes need one. */
export interface PlacedEntry extends Checked<ErrorEntryData> {
	protocolId: string;
	protocol: ProtocolData;
}

export function placedEntries(catalogue: Pick<Catalogue, 'protocols' | 'entries'>): PlacedEntry[] {
	return catalogue.entries.flatMap(({ file, data }) => {
		const protocolId = file.protocol ?? '';
		const protocol = catalogue.protocols.get(protocolId);
		return protocol ? [{ file, data, protocolId, protocol }] : [];
	});
}

/** Each protocol's codes, each with the first file that defines it. */
export function codesByProtocol(catalogue: Pick<Catalogue, 'protocols' | 'entries'>): Map<string, Map<string, ContentFile>> {
	const codes = new Map<string, Map<string, ContentFile>>();
	for (const { file, data, protocolId } of placedEntries(catalogue)) {
		const known = codes.get(protocolId) ?? new Map<string, ContentFile>();
		codes.set(protocolId, known);
		if (!known.has(data.code)) known.set(data.code, file);
	}
	return codes;
}

/** The codes that rejected entries of a protocol claim: they exist, only their files are broken. */
export function rejectedCodes(catalogue: Pick<Catalogue, 'rejected'>, protocolId: string): Set<string> {
	return new Set(
		catalogue.rejected.entries.flatMap((file) => {
			const code = (file.data as { code?: unknown } | null | undefined)?.code;
			return file.protocol === protocolId && typeof code === 'string' ? [code] : [];
		}),
	);
}

/** Whether a protocol has a file, even one its schema turned away. */
export function hasProtocolFile(catalogue: Pick<Catalogue, 'protocols' | 'rejected'>, protocolId: string): boolean {
	return catalogue.protocols.has(protocolId) || catalogue.rejected.protocols.some((file) => file.stem === protocolId);
}
