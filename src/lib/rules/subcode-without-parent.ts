/** Rule: a sub-code names its parent code. */
import type { Catalogue, Problem } from './rule';

export function checkSubcodeWithoutParent(catalogue: Pick<Catalogue, 'entries'>): Problem[] {
	return catalogue.entries.flatMap(({ file, data }) =>
		data.kind === 'sub-code' && data.parent === undefined
			? [{ file: file.path, field: 'parent', message: 'expected the parent code of this sub-code; found nothing (the field is missing)' }]
			: [],
	);
}
