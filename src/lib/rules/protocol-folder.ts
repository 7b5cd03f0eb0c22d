/** Rule: every entry sits in a folder named after a protocol, `errors/<protocol>/`. */
import { hasProtocolFile, type Catalogue, type Problem } from './rule';

export function checkProtocolFolder(catalogue: Pick<Catalogue, 'protocols' | 'entries' | 'rejected'>): Problem[] {
	const protocolIds = [...catalogue.protocols.keys()].join(', ') || 'none defined';
	return catalogue.entries.flatMap(({ file }) => {
		const protocolId = file.protocol ?? '';
		// A protocol whose own file is broken exists: its problem is reported against that file.
		if (hasProtocolFile(catalogue, protocolId)) return [];
		return [{ file: file.path, message: `the folder "${protocolId}" names no protocol: expected one of ${protocolIds}` }];
	});
}
