/** Pure helpers over what implementations print (`content/printed/`). */
import type { Disagreement, Implementation, PrintedData, PrintedShape } from '../schemas/printed';

/** A `path:line` at the implementation's commit, as a link to the line. */
export function sourceUrl(implementation: Implementation, source: string): string {
	const [path = '', line = ''] = source.split(/:(?=\d+$)/);
	return `https://github.com/${implementation.repository}/blob/${implementation.commit}/${path}#L${line}`;
}

/** What one code's page shows of its protocol's implementation: its strings and the disagreements about it. */
export interface PrintedForCode {
	implementation: Implementation;
	shapes: PrintedShape[];
	disagreements: Disagreement[];
}

/** The printed strings and disagreements of each code of a protocol, by code. */
export function printedOfProtocol(printed: PrintedData | undefined): Map<string, PrintedForCode> {
	const byCode = new Map<string, PrintedForCode>();
	if (!printed) return byCode;
	const of = (code: string) => {
		let found = byCode.get(code);
		if (!found) byCode.set(code, (found = { implementation: printed.implementation, shapes: [], disagreements: [] }));
		return found;
	};
	for (const shape of printed.shapes) of(shape.code).shapes.push(shape);
	for (const disagreement of printed.disagreements) if (disagreement.code !== undefined) of(disagreement.code).disagreements.push(disagreement);
	return byCode;
}
