import { describe, expect, it } from 'vitest';
import { capitalised, countInWords, listInWords, theProtocols } from '../../../src/lib/pages/prose';

describe('prose from the data', () => {
	it('writes small counts in words and large ones in figures', () => {
		expect(countInWords(5)).toBe('five');
		expect(countInWords(12)).toBe('twelve');
		expect(countInWords(13)).toBe('13');
		expect(theProtocols(1)).toBe('the one protocol');
		expect(capitalised(theProtocols(5))).toBe('The five protocols');
	});

	it('joins names as a sentence does', () => {
		expect(listInWords([])).toBe('');
		expect(listInWords(['STT'])).toBe('STT');
		expect(listInWords(['STT', 'DTP'])).toBe('STT and DTP');
		expect(listInWords(['STT', 'DTP', 'TWAMP'], 'or')).toBe('STT, DTP or TWAMP');
	});
});
