/** Rule: every code an entry points at (`parent`, `retired.replacedBy`, `related`) is another existing code of its protocol. */
import type { ErrorEntryData } from '../../schemas/error-entry';
import { codesByProtocol, placedEntries, rejectedCodes, type Catalogue, type Problem } from './rule';

function pointers(data: ErrorEntryData): { field: string; code: string }[] {
	return [
		...(data.parent === undefined ? [] : [{ field: 'parent', code: data.parent }]),
		...(data.retired?.replacedBy === undefined ? [] : [{ field: 'retired.replacedBy', code: data.retired.replacedBy }]),
		...data.related.map((related, index) => ({ field: `related.${index}.code`, code: related.code })),
	];
}

export function checkReferences(catalogue: Pick<Catalogue, 'protocols' | 'entries' | 'rejected'>): Problem[] {
	const codes = codesByProtocol(catalogue);
	return placedEntries(catalogue).flatMap(({ file, data, protocolId, protocol }) => {
		const known = codes.get(protocolId) ?? new Map();
		const broken = rejectedCodes(catalogue, protocolId);
		return pointers(data).flatMap(({ field, code }): Problem[] => {
			if (code === data.code) return [{ file: file.path, field, message: `expected another code; found the entry's own code ${JSON.stringify(code)}` }];
			if (known.has(code) || broken.has(code)) return [];
			return [{ file: file.path, field, message: `expected an existing ${protocol.name} code; found ${JSON.stringify(code)}, which has no entry` }];
		});
	});
}
