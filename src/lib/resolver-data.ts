/** The resolver's index of a whole catalogue: the same for the built site, the tests and the command line. */
import type { ProtocolData } from '../schemas/protocol';
import type { PrintedData } from '../schemas/printed';
import { refOf, type CatalogueEntry } from './catalogue';
import { protocolSpace } from './code-miss';
import { inOrder } from './order';
import { buildIndex, type ResolverIndex } from './resolve';

export interface PrintedFile {
	/** The protocol id (the file's name). */
	protocol: string;
	data: PrintedData;
}

/** The printed strings of each code, keyed `protocol\0code`. */
export function printedByCode(printed: readonly PrintedFile[]): Map<string, PrintedData['shapes']> {
	const byCode = new Map<string, PrintedData['shapes']>();
	for (const file of printed) {
		for (const shape of file.data.shapes) {
			const key = `${file.protocol}\u0000${shape.code}`;
			byCode.set(key, [...(byCode.get(key) ?? []), shape]);
		}
	}
	return byCode;
}

export function catalogueResolverIndex(
	protocols: readonly { id: string; data: ProtocolData }[],
	entries: readonly CatalogueEntry[],
	printed: readonly PrintedFile[],
): ResolverIndex {
	const shapes = printedByCode(printed);
	const implementations = new Map(printed.map((file) => [file.protocol, file.data.implementation]));
	return buildIndex(
		inOrder(protocols).map(({ id, data }) => {
			const implementation = implementations.get(id);
			return {
				id,
				name: data.name,
				space: protocolSpace(
					data.categories,
					entries.filter((entry) => entry.protocol === id).map((entry) => entry.data.code),
				),
				implementation: implementation && `${implementation.name} ${implementation.version}`,
				hints: implementation?.modules,
			};
		}),
		entries.map(refOf),
		entries.map((entry) => ({
			text: [entry.data.summary, entry.data.meaning, ...entry.data.causes].join(' '),
			printed: (shapes.get(`${entry.protocol}\u0000${entry.data.code}`) ?? []).flatMap((shape) => [shape.text]),
		})),
	);
}
