// How many codes each protocol's document defines, counted by hand from those documents.
// A lost or doubled entry changes a count; the corpus check cannot see that on its own.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const errorsRoot = fileURLToPath(new URL('../../content/errors', import.meta.url));
const countOf = (protocol: string) => readdirSync(`${errorsRoot}/${protocol}`).filter((name) => name.endsWith('.md')).length;

describe('the catalogue holds every code of the five documents', () => {
	it.each([
		['stt', 29], // 25 codes and the four sub-codes of 0x0405
		['dtp', 17],
		['twamp', 6],
		['open-stream', 24], // version_mismatch is one entry in two groups
		['m2m', 67], // 23 M2MError, 17 CryptoError, 6 reject, 5 close, 5 threats, 9 HTTP, 2 proxy codes
	])('%s has %i entries', (protocol, expected) => {
		expect(countOf(protocol)).toBe(expected);
	});

	it('and no protocol besides them', () => {
		expect(readdirSync(errorsRoot).sort()).toEqual(['dtp', 'm2m', 'open-stream', 'stt', 'twamp']);
	});
});
