/**
 * Rule: codes that share a concept agree on whether to retry, or say why not. Within each concept the
 * most common retry answer is the concept's; every code that answers otherwise must carry
 * `action.differs`. Ties count every answer as common.
 */
import type { ErrorEntryData } from '../../schemas/error-entry';
import type { Retry } from '../../schemas/action';
import type { Problem } from './rule';

export interface ConsistencyEntry {
	/** The file, for messages. */
	file: { path: string };
	data: Pick<ErrorEntryData, 'code' | 'concepts' | 'action'>;
}

/** One code whose retry answer parts from its concept's. */
export interface Disagreement {
	path: string;
	code: string;
	concept: string;
	retry: Retry;
	/** The concept's most common answers. */
	common: Retry[];
	/** The entry's reason, when it gives one. */
	differs: string | undefined;
}

export function actionDisagreements(entries: readonly ConsistencyEntry[]): Disagreement[] {
	const byConcept = new Map<string, ConsistencyEntry[]>();
	for (const entry of entries) for (const concept of new Set(entry.data.concepts.map((link) => link.id))) byConcept.set(concept, [...(byConcept.get(concept) ?? []), entry]);
	const found: Disagreement[] = [];
	for (const [concept, members] of [...byConcept].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		const counts = new Map<Retry, number>();
		for (const member of members) counts.set(member.data.action.retry, (counts.get(member.data.action.retry) ?? 0) + 1);
		const most = Math.max(...counts.values());
		const common = [...counts].filter(([, count]) => count === most).map(([retry]) => retry);
		for (const member of members) {
			if (common.includes(member.data.action.retry)) continue;
			found.push({ path: member.file.path, code: member.data.code, concept, retry: member.data.action.retry, common, differs: member.data.action.differs });
		}
	}
	return found;
}

/** The problems: disagreements without a reason. */
export function checkActionConsistency(catalogue: { entries: readonly ConsistencyEntry[] }): Problem[] {
	return actionDisagreements(catalogue.entries)
		.filter((disagreement) => disagreement.differs === undefined)
		.map((disagreement) => ({
			file: disagreement.path,
			field: 'action.differs',
			message: `expected a reason: retry "${disagreement.retry}" parts from the concept "${disagreement.concept}", whose codes mostly answer ${disagreement.common.map((retry) => `"${retry}"`).join(' or ')}; found none`,
		}));
}
