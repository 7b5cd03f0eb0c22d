// What the search dialog sends to the index for a pasted line: its message's words, not its values.
import { describe, expect, it } from 'vitest';
import { looksPasted, lookupHref, offersLookup, searchTermsOf } from '../../src/lib/search-terms';

describe('searchTermsOf', () => {
	it('passes typed queries through', () => {
		for (const query of ['0x0101', 'session timeout', 'InvalidKey', 'json api']) expect(searchTermsOf(query)).toBe(query);
	});

	it('drops the log prefix, addresses, ids and sizes of a pasted line', () => {
		const terms = searchTermsOf('2025-11-26 14:02:12 - STT.seigr_toolset_transmissions.core.node - ERROR - Session not found: 9f2c44aa01be33d7 from 10.0.0.7:9000');
		expect(terms).toBe('Session not found from');
	});

	it('keeps an exception’s class without its module path, and code-shaped values', () => {
		expect(searchTermsOf('seigr_toolset_transmissions.utils.exceptions.STTStreamError: Stream is closed')).toBe('STTStreamError Stream is closed');
		expect(searchTermsOf('26/01/20 10:15:42,310 CRITICAL ERROR CODE 2 in <<Session Accept>>')).toBe('ERROR CODE 2 in Session Accept');
	});

	it('tells pasted output from typed words', () => {
		expect(looksPasted('timeout')).toBe(false);
		expect(looksPasted('{"error":"invalid_ndjson"}')).toBe(true);
		expect(looksPasted('Crypto(Aead(DecryptionFailed("aead::Error")))')).toBe(true);
	});
});

describe('searchTermsOf with the resolver’s index', () => {
	it('searches a recognised line by the words of the string its page shows, and its code', async () => {
		const { index } = await import('../support/catalogue');
		expect(searchTermsOf('26/01/20 10:15:42,310 CRITICAL ERROR CODE 2 in <<Session Accept>>', index)).toBe('ERROR CODE in Session Accept 2');
		expect(searchTermsOf('Key not found: tenant-7f3a', index)).not.toMatch(/tenant/);
	});

	it('leaves a plain word alone', async () => {
		const { index } = await import('../support/catalogue');
		expect(searchTermsOf('timeout', index)).toBe('timeout');
	});
});

describe('offersLookup', () => {
	it('offers the lookup when the index finds nothing', () => {
		expect(offersLookup('frobnicate', 0)).toBe(true);
		expect(offersLookup('   ', 0)).toBe(false);
	});

	it('offers it for a pasted line or several words around a code, even with results', () => {
		expect(offersLookup('26/01/20 10:15:42,310 CRITICAL ERROR CODE 2 in <<Session Accept>>', 5)).toBe(true);
		expect(offersLookup('handshake failed with PROOF_VERIFICATION_FAILED', 4)).toBe(true);
		expect(offersLookup('Error code: 0x0405 from peer', 3)).toBe(true);
	});

	it('stays out of the way of a code or a few words that find something', () => {
		for (const query of ['0x0101', 'session timeout', 'json api', 'what is lost when']) expect(offersLookup(query, 3), query).toBe(false);
	});

	it('opens /lookup/ with the text, encoded', () => {
		expect(lookupHref(' Error code: 0x0101 & more ')).toBe('/lookup/?q=Error%20code%3A%200x0101%20%26%20more');
	});
});
