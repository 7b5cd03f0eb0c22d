import { describe, expect, it } from 'vitest';
import { conceptPages } from '../../../src/lib/pages/concept-page';
import { code, concept, protocol } from './fixture';

const protocols = [protocol('beta', 'Beta', 2), protocol('alpha', 'Alpha', 1), protocol('gamma', 'Gamma', 3)];
const concepts = [concept('timeout', 'Timeout', 2, 'Alpha waits longer.'), concept('auth', 'Auth', 1)];
const errors = [
	code('beta', 'B1', { concepts: ['timeout'], action: { retry: 'never', actor: ['operator'], lost: 'session', first: 'Fix it.', stated: ['retry', 'actor', 'lost'] } }),
	code('alpha', '1', { concepts: ['timeout'] }),
	code('alpha', '2', { concepts: ['timeout'], action: { retry: 'backoff', actor: ['caller'], lost: 'message', first: 'Wait.', stated: ['retry', 'actor', 'lost'] } }),
	code('gamma', 'G1', { concepts: ['auth'] }),
];

describe('conceptPages', () => {
	const pages = conceptPages(concepts, protocols, errors);
	const timeout = pages.find((page) => page.concept.id === 'timeout')!;

	it('makes one page per concept, in concept order', () => {
		expect(pages.map((page) => page.concept.id)).toEqual(['auth', 'timeout']);
	});

	it('gives a column to each protocol with codes for the concept, in protocol order, and names the others', () => {
		expect(timeout.columns.map((column) => [column.protocol.id, column.entries.map((entry) => entry.data.code)])).toEqual([
			['alpha', ['1', '2']],
			['beta', ['B1']],
		]);
		expect(timeout.missing).toEqual(['Gamma']);
		expect(timeout.headings.map((heading) => heading.slug)).toEqual(['alpha', 'beta', 'differences']);
	});

	it('sums up each column: how many codes and which retry answers', () => {
		expect(timeout.differences.map(({ protocol: p, codeCount, retries }) => [p.name, codeCount, retries])).toEqual([
			['Alpha', 2, 'now / after a delay'],
			['Beta', 1, 'never'],
		]);
	});

	it('knows whether the concept has its own words on what differs', () => {
		expect(timeout.hasBody).toBe(true);
		expect(pages.find((page) => page.concept.id === 'auth')!.hasBody).toBe(false);
	});
});
