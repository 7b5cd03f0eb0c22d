/** Rule: `printed/<protocol>.yaml` is named after a protocol, and every code it names has an entry there. */
import type { PrintedData } from '../../schemas/printed';
import { codesByProtocol, hasProtocolFile, rejectedCodes, type Catalogue, type Problem } from './rule';

function namedCodes(data: PrintedData): { field: string; code: string }[] {
	return [
		...data.shapes.map((shape, index) => ({ field: `shapes.${index}.code`, code: shape.code })),
		...data.disagreements.flatMap((disagreement, index) => (disagreement.code === undefined ? [] : [{ field: `disagreements.${index}.code`, code: disagreement.code }])),
	];
}

export function checkPrintedCodes(catalogue: Pick<Catalogue, 'protocols' | 'entries' | 'printed' | 'rejected'>): Problem[] {
	const codes = codesByProtocol(catalogue);
	const protocolIds = [...catalogue.protocols.keys()].join(', ') || 'none defined';
	return catalogue.printed.flatMap(({ file, data }): Problem[] => {
		const protocol = catalogue.protocols.get(file.stem);
		if (!protocol) {
			if (hasProtocolFile(catalogue, file.stem)) return [];
			return [{ file: file.path, message: `the file "${file.stem}.yaml" names no protocol: expected one of ${protocolIds}` }];
		}
		const known = codes.get(file.stem) ?? new Map();
		const broken = rejectedCodes(catalogue, file.stem);
		return namedCodes(data)
			.filter(({ code }) => !known.has(code) && !broken.has(code))
			.map(({ field, code }) => ({ file: file.path, field, message: `expected an existing ${protocol.name} code; found ${JSON.stringify(code)}, which has no entry` }));
	});
}
