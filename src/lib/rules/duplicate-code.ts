/** Rule: a protocol defines each code once; the first file (in path order) keeps it. */
import { codesByProtocol, placedEntries, type Catalogue, type Problem } from './rule';

export function checkDuplicateCode(catalogue: Pick<Catalogue, 'protocols' | 'entries'>): Problem[] {
	const codes = codesByProtocol(catalogue);
	return placedEntries(catalogue).flatMap(({ file, data, protocolId, protocol }) => {
		const first = codes.get(protocolId)?.get(data.code);
		if (first === undefined || first === file) return [];
		return [{ file: file.path, field: 'code', message: `expected each ${protocol.name} code once; ${JSON.stringify(data.code)} is also in ${first.path}` }];
	});
}
