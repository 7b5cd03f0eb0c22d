/** Rule: an entry's concepts are ids of files in `concepts/`. */
import type { Catalogue, Problem } from './rule';

export function checkUnknownConcept(catalogue: Pick<Catalogue, 'concepts' | 'entries'>): Problem[] {
	const conceptIds = [...catalogue.concepts.keys()].join(', ') || 'none defined';
	return catalogue.entries.flatMap(({ file, data }) =>
		data.concepts.flatMap((concept, index) =>
			catalogue.concepts.has(concept)
				? []
				: [{ file: file.path, field: `concepts.${index}`, message: `expected a concept id (${conceptIds}); found ${JSON.stringify(concept)}` }],
		),
	);
}
