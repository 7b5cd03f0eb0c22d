// src/lib/cache-key.ts: a page is reused by the incremental build only while its key is unchanged,
// so a key must change with any piece of data under it.
import { describe, expect, it } from 'vitest';
import { cacheKeyOf, entryDigest } from '../../src/lib/cache-key';

describe('cacheKeyOf', () => {
	it('gives the same key for the same value, built twice', () => {
		expect(cacheKeyOf({ a: [1, 'two', { three: true }] })).toBe(cacheKeyOf({ a: [1, 'two', { three: true }] }));
	});

	it('changes when anything nested changes', () => {
		const base = cacheKeyOf({ a: [1, 'two', { three: true }] });
		expect(cacheKeyOf({ a: [1, 'two', { three: false }] })).not.toBe(base);
		expect(cacheKeyOf({ a: [1, 'two'] })).not.toBe(base);
		expect(cacheKeyOf({ a: [1, 'Two', { three: true }] })).not.toBe(base);
	});

	it('is short and safe in a URL or file name', () => {
		expect(cacheKeyOf('x')).toMatch(/^[A-Za-z0-9_-]{43}$/);
	});
});

describe('entryDigest', () => {
	it("uses the content layer's digest when there is one, with the id", () => {
		expect(entryDigest({ id: 'stt/0x0101', digest: 'abc', data: {} })).toBe('stt/0x0101:abc');
		expect(entryDigest({ id: 'stt/0x0102', digest: 'abc', data: {} })).not.toBe(entryDigest({ id: 'stt/0x0101', digest: 'abc', data: {} }));
	});

	it('else digests the id, the data and the body', () => {
		const entry = { id: 'stt/0x0101', data: { name: 'Connection Timeout' }, body: 'text' };
		expect(entryDigest(entry)).toBe(entryDigest({ ...entry }));
		expect(entryDigest({ ...entry, body: 'other text' })).not.toBe(entryDigest(entry));
		expect(entryDigest({ ...entry, data: { name: 'Connection Refused' } })).not.toBe(entryDigest(entry));
		expect(entryDigest({ ...entry, id: 'stt/0x0102' })).not.toBe(entryDigest(entry));
	});
});
