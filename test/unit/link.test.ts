// The link template: the project's module, and the guide's copy of it, agree.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { errorUrl } from '../../src/lib/link';

const guide = readFileSync(new URL('../../content/guides/linking.md', import.meta.url), 'utf8');
const moduleSource = readFileSync(new URL('../../src/lib/link.ts', import.meta.url), 'utf8');

describe('errorUrl', () => {
	it.each([
		['stt', '0x0101', '/stt/0x0101/'],
		['STT', '0x0405_01', '/stt/0x0405_01/'],
		['twamp', '3', '/twamp/3/'],
		['open-stream', 'invalid_ndjson', '/open-stream/invalid_ndjson/'],
		['m2m', 'SessionExpired', '/m2m/SessionExpired/'],
		['m2m', 'M2MError::SessionExpired', '/m2m/m2merror-sessionexpired/'],
		['m2m', 'Aead(AeadError::DecryptionFailed)', '/m2m/aeaderror-decryptionfailed/'],
		['m2m', 'M2MError::Crypto(CryptoError::Aead(AeadError::DecryptionFailed))', '/m2m/aeaderror-decryptionfailed/'],
		['m2m', 'Compression(String)', '/m2m/Compression/'],
		['m2m', 'Io(std::io::Error)', '/m2m/Io/'],
		['m2m', ' 429 ', '/m2m/429/'],
		['m2m', 'a/b?c#d', '/m2m/a%2Fb%3Fc%23d/'],
	])('%s %s → %s', (protocol, code, path) => {
		expect(errorUrl(protocol, code)).toBe(`https://protocol-error-atlas.example${path}`);
	});

	it('uses the site it is given', () => {
		expect(errorUrl('dtp', '1001', 'https://errors.example.org')).toBe('https://errors.example.org/dtp/1001/');
	});
});

describe('the linking guide', () => {
	it('shows the module itself as its TypeScript snippet', () => {
		const snippet = /```ts title="error-link.ts"\n([\s\S]*?)```/.exec(guide)?.[1];
		const body = moduleSource.replace(/^\/\*\*[\s\S]*?\*\/\n/, '');
		expect(snippet?.trim()).toBe(body.trim());
	});
});
