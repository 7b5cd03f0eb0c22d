/** Words and marks for a code's relation to a concept: shown by a symbol and a label, never by colour alone. */
import type { ConceptLink, Relation } from '../schemas/concept-link';

export { relationValues, type ConceptLink, type Relation } from '../schemas/concept-link';

export const relationMarks: Record<Relation, { symbol: string; label: string; description: string }> = {
	exact: { symbol: '=', label: 'equivalent', description: 'means the concept' },
	narrower: { symbol: '⊂', label: 'special case', description: 'a special case of the concept' },
	broader: { symbol: '⊃', label: 'covers more', description: 'covers more than the concept' },
	related: { symbol: '~', label: 'related', description: 'touches the concept without reporting it' },
};

/** The ids of the concepts an entry is linked to, in its order. */
export function conceptIdsOf(data: { concepts: readonly ConceptLink[] }): string[] {
	return data.concepts.map((link) => link.id);
}

/** The entry's link to one concept, if it has one. */
export function linkTo(data: { concepts: readonly ConceptLink[] }, conceptId: string): ConceptLink | undefined {
	return data.concepts.find((link) => link.id === conceptId);
}
