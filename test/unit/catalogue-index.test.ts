// The one-pass index the code pages use must answer exactly what a scan of the whole catalogue answers.
import { describe, expect, it } from 'vitest';
import { CatalogueIndex, findByCode, type CatalogueEntry } from '../../src/lib/catalogue';
import { catalogue } from '../support/catalogue';

const entries: CatalogueEntry[] = catalogue.entries.map(({ file, data }) => ({ protocol: file.protocol ?? '', slug: file.stem, data }));
const index = new CatalogueIndex(entries);

describe('CatalogueIndex over the real catalogue', () => {
	it('finds every parent, related code and replacement that a scan finds', () => {
		let asked = 0;
		for (const entry of entries) {
			for (const code of [entry.data.code, entry.data.parent, entry.data.retired?.replacedBy, ...entry.data.related.map((link) => link.code), 'no-such-code']) {
				if (code === undefined) continue;
				expect(index.find(entry.protocol, code), `${entry.protocol} ${code}`).toBe(findByCode(entries, entry.protocol, code));
				asked += 1;
			}
		}
		expect(asked).toBeGreaterThan(entries.length * 2);
	});

	it('lists the same sub-codes, protocol members and concept members as a scan, in catalogue order', () => {
		const withSubCodes = entries.filter((entry) => index.subCodesOf(entry).length > 0);
		expect(withSubCodes.length, 'entries with sub-codes').toBeGreaterThan(0);
		for (const entry of entries) {
			expect(index.subCodesOf(entry)).toEqual(entries.filter((other) => other.protocol === entry.protocol && other.data.parent === entry.data.code));
		}
		for (const protocol of catalogue.protocols.keys()) {
			expect(index.ofProtocol(protocol)).toEqual(entries.filter((entry) => entry.protocol === protocol));
			for (const concept of catalogue.concepts.keys()) {
				expect(index.countWithConcept(concept, protocol)).toBe(entries.filter((entry) => entry.protocol === protocol && entry.data.concepts.some((link) => link.id === concept)).length);
			}
		}
		for (const concept of catalogue.concepts.keys()) {
			expect(index.withConcept(concept)).toEqual(entries.filter((entry) => entry.data.concepts.some((link) => link.id === concept)));
		}
	});

	it('returns the same array each time, so caches keyed by it hold', () => {
		const [protocol] = catalogue.protocols.keys();
		expect(index.ofProtocol(protocol!)).toBe(index.ofProtocol(protocol!));
		expect(CatalogueIndex.of(entries)).toBe(CatalogueIndex.of(entries));
	});
});
