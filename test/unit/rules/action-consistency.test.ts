// Codes of one concept agree on whether to retry, or say why not: the rule, and the real catalogue.
import { describe, expect, it } from 'vitest';
import { actionDisagreements, checkActionConsistency, type ConsistencyEntry } from '../../../src/lib/rules/action-consistency';
import { catalogue } from '../../support/catalogue';

const entry = (code: string, concepts: string[], retry: ConsistencyEntry['data']['action']['retry'], differs?: string): ConsistencyEntry => ({
	file: { path: `errors/demo/${code}.md` },
	data: { code, concepts: concepts.map((id) => ({ id, relation: 'exact' as const })), action: { retry, actor: ['caller'], lost: 'message', first: 'Do it.', stated: [], basis: 'b', byCause: [], ...(differs ? { differs } : {}) } },
});

describe('the rule', () => {
	it('names each code that parts from its concept without a reason', () => {
		const problems = checkActionConsistency({ entries: [entry('a', ['timeout'], 'backoff'), entry('b', ['timeout'], 'backoff'), entry('c', ['timeout'], 'never')] });
		expect(problems).toMatchInlineSnapshot(`
			[
			  {
			    "field": "action.differs",
			    "file": "errors/demo/c.md",
			    "message": "expected a reason: retry "never" parts from the concept "timeout", whose codes mostly answer "backoff"; found none",
			  },
			]
		`);
	});

	it('accepts a reason, and a tie', () => {
		expect(checkActionConsistency({ entries: [entry('a', ['t'], 'backoff'), entry('b', ['t'], 'backoff'), entry('c', ['t'], 'never', 'The peer never resends.')] })).toEqual([]);
		expect(checkActionConsistency({ entries: [entry('a', ['t'], 'backoff'), entry('b', ['t'], 'never')] })).toEqual([]);
	});
});

describe('the real catalogue', () => {
	it('gives a reason for every disagreement within a concept, and lists them', () => {
		const disagreements = actionDisagreements(catalogue.entries);
		console.log(`action disagreements within concepts: ${disagreements.length}, each with its reason:\n${disagreements.map((d) => `  ${d.concept}: ${d.path} answers ${d.retry}, the concept mostly ${d.common.join('/')}`).join('\n')}`);
		expect(disagreements.filter((d) => d.differs === undefined).map((d) => `${d.path} (${d.concept})`)).toEqual([]);
		expect(disagreements.length).toBeGreaterThan(0);
	});
});
