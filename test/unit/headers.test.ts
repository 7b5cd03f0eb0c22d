// The _headers file: framing denied everywhere but the embeddable cards, cross-origin reads only of the API.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, headersFor } from '../../src/lib/headers';

const file = headersFile(contentSecurityPolicy(["'sha256-abc='"]));

describe('headersFor', () => {
	it('denies framing of ordinary pages and keeps the API out of them', () => {
		const page = headersFor(file, '/stt/0x0101/');
		expect(page['Content-Security-Policy']).toContain("frame-ancestors 'none'");
		expect(page['Access-Control-Allow-Origin']).toBeUndefined();
		expect(page['X-Content-Type-Options']).toBe('nosniff');
	});

	it('lets any origin read the API, and loosens nothing else there', () => {
		const api = headersFor(file, '/api/v1/stt/0x0101.json');
		expect(api['Access-Control-Allow-Origin']).toBe('*');
		expect(api['Content-Security-Policy']).toBe(headersFor(file, '/stt/0x0101/')['Content-Security-Policy']);
	});

	it('lets https pages frame the embeddable cards, with one policy, not two joined', () => {
		const embed = headersFor(file, '/embed/stt/0x0101/');
		expect(embed['Content-Security-Policy']).toContain("frame-ancestors 'self' https:");
		expect(embed['Content-Security-Policy']).not.toContain("frame-ancestors 'none'");
		expect(embed['Content-Security-Policy']!.split(', default-src')).toHaveLength(1);
		expect(embed['Content-Security-Policy']).toContain("script-src 'self'");
		expect(embed['Access-Control-Allow-Origin']).toBeUndefined();
	});

	it('lets browsers keep the hashed assets for good, and nothing else', () => {
		expect(headersFor(file, '/_astro/page.cNngjUgL.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
		for (const path of ['/stt/0x0101/', '/api/v1/stt/0x0101.json', '/pagefind/pagefind.js', '/resolver/core.json', '/_headers']) {
			expect(headersFor(file, path)['Cache-Control'], path).toBeUndefined();
		}
	});

	it('reads a repeated header as joined and a detached one as gone', () => {
		const text = '/*\n  X-A: 1\n/b/*\n  X-A: 2\n  X-B: 3\n/b/c\n  ! X-B\n';
		expect(headersFor(text, '/b/c')).toEqual({ 'X-A': '1, 2' });
		expect(headersFor(text, '/a')).toEqual({ 'X-A': '1' });
	});
});
