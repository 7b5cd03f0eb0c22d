/** Rule: an entry's concepts are ids of files in `concepts/`. */
import type { Catalogue, Problem } from './rule';

export function checkUnknownConcept(catalogue: Pick<Catalogue, 'concepts' | 'entries'>): Problem[] {
	const conceptIds = [...catalogue.concepts.keys()].join(', ') || 'none defined';
	return catalogue.entries.flatMap(({ file, data }) =>
		data.concepts.flatMap((link, index) =>
			catalogue.concepts.has(link.id)
				? []
				: [{ file: file.path, field: `concepts.${index}.id`, message: `expected a concept id (${conceptIds}); found ${JSON.stringify(link.id)}` }],
		),
	);
}
