// src/lib/action.ts: the words for "what to do now", who says them, and the situations of /triage/.
import { describe, expect, it } from 'vitest';
import { actorLabels, actorsInWords, actorValues, lostLabels, lostValues, originOf, retryLabels, retryShort, retryValues, situations, situationsOf, triageGroups, type Action } from '../../src/lib/action';
import { catalogue } from '../support/catalogue';

const action = (fields: Partial<Action>): Action => ({ retry: 'after-fix', actor: ['caller'], lost: 'message', first: 'Check the request.', stated: [], byCause: [], ...fields }) as Action;
const ids = (found: { id: string }[]) => found.map((situation) => situation.id);

describe('labels', () => {
	it('have words for every value the schema allows', () => {
		expect(Object.keys(retryLabels)).toEqual([...retryValues]);
		expect(Object.keys(retryShort)).toEqual([...retryValues]);
		expect(Object.keys(actorLabels)).toEqual([...actorValues]);
		expect(Object.keys(lostLabels)).toEqual([...lostValues]);
	});
});

describe('originOf', () => {
	it('credits the source only with the fields it states', () => {
		const stated = action({ stated: ['retry'] });
		expect(originOf(stated, 'retry')).toBe('source');
		expect(originOf(stated, 'actor')).toBe('site');
		expect(originOf(stated, 'lost')).toBe('site');
	});
});

describe('actorsInWords', () => {
	it('joins one, two or three actors as a sentence says them', () => {
		expect(actorsInWords(['caller'])).toBe('the caller');
		expect(actorsInWords(['caller', 'operator'])).toBe('the caller or the operator');
		expect(actorsInWords(['caller', 'operator', 'peer'])).toBe('the caller, the operator or the other side');
		expect(actorsInWords([])).toBe('');
	});
});

describe('situationsOf', () => {
	it('puts each retry answer in its situation', () => {
		expect(ids(situationsOf(action({ retry: 'now' })))).toEqual(['retry-now']);
		expect(ids(situationsOf(action({ retry: 'backoff' })))).toEqual(['retry-later']);
		expect(ids(situationsOf(action({ retry: 'after-fix', actor: ['operator'] })))).toEqual(['change']);
		expect(ids(situationsOf(action({ retry: 'none', actor: ['none'], lost: 'nothing' })))).toEqual(['not-an-error']);
	});

	it('sends a fix the peer must make to "the other side", and a never the peer causes to both', () => {
		expect(ids(situationsOf(action({ retry: 'after-fix', actor: ['peer'] })))).toEqual(['peer']);
		expect(ids(situationsOf(action({ retry: 'never', actor: ['peer'] })))).toEqual(['peer', 'never']);
		expect(ids(situationsOf(action({ retry: 'after-fix', actor: ['caller', 'peer'] })))).toEqual(['change', 'peer']);
	});

	it('counts a fix no one names as a change, so that no code is left out', () => {
		expect(ids(situationsOf(action({ retry: 'after-fix', actor: ['none'] })))).toEqual(['change']);
	});
});

describe('triageGroups', () => {
	it('keeps the situations’ order and the entries’ order within each', () => {
		const entries = [
			{ name: 'a', data: { action: action({ retry: 'backoff' }) } },
			{ name: 'b', data: { action: action({ retry: 'now' }) } },
			{ name: 'c', data: { action: action({ retry: 'backoff' }) } },
		];
		const groups = triageGroups(entries);
		expect(groups.map((group) => group.situation.id)).toEqual(situations.map((situation) => situation.id));
		expect(groups.find((group) => group.situation.id === 'retry-later')?.entries.map((entry) => entry.name)).toEqual(['a', 'c']);
		expect(groups.find((group) => group.situation.id === 'never')?.entries).toEqual([]);
	});

	it('places every code of the catalogue in at least one situation', () => {
		const groups = triageGroups(catalogue.entries);
		const placed = new Set(groups.flatMap((group) => group.entries));
		expect(placed.size).toBe(catalogue.entries.length);
	});
});
