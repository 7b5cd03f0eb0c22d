// The resolver over the real catalogue: every spelling and message shape the sources show, for every
// protocol; ambiguity, garbage, empty and huge input.
import { describe, expect, it } from 'vitest';
import { index, refs } from '../support/catalogue';
import { editDistance, maxInputLength, resolvePath, resolveText } from '../../src/lib/resolve';
import { spellingKey, spellingsOf, wordsOf } from '../../src/lib/spellings';

const best = (text: string, protocol?: string) => resolveText(index, text, { protocol }).best?.path;
const first = (text: string, protocol?: string) => resolveText(index, text, { protocol }).matches[0]?.path;
const paths = (text: string, protocol?: string) => resolveText(index, text, { protocol }).matches.map((match) => match.path);

describe('spelling keys', () => {
	it('fold case and separators', () => {
		expect(spellingKey('CONNECTION_TIMEOUT')).toBe(spellingKey('connection-timeout'));
		expect(spellingKey('Aead(AeadError::DecryptionFailed)')).toBe('aeadaeaderrordecryptionfailed');
	});
	it('split identifiers into words', () => {
		expect(wordsOf('SessionNotEstablished')).toEqual(['session', 'not', 'established']);
		expect(wordsOf('HTTPStatus_CODE')).toEqual(['http', 'status', 'code']);
	});
});

describe('every code resolves from each of its own spellings, given its protocol', () => {
	it.each(refs.map((ref) => [`${ref.protocol} ${ref.code}`, ref] as const))('%s', (_, ref) => {
		for (const spelling of spellingsOf(ref)) {
			const resolution = resolvePath(index, `/${ref.protocol}/${spelling}/`);
			expect(resolution.matches.map((match) => match.path), spelling).toContain(`/${ref.protocol}/${ref.slug}/`);
		}
	});
});

describe('message shapes from the sources', () => {
	it.each([
		['STT logging pattern', 'Connection failed: code=0x0101, message=Handshake timeout, peer=node-7', '/stt/0x0101/'],
		['STT error code line', 'Error code: 0x0101', '/stt/0x0101/'],
		['STT sub-code', 'handshake failed 0x0405_03', '/stt/0x0405_03/'],
		['STT hex without padding', 'got 0x203 from peer', '/stt/0x0203/'],
		['DTP control frame', 'errorCode: 4001, errorMessage: DAG cycle detected, relatedFrameId: 88', '/dtp/4001/'],
		['DTP JSON-ish frame', '{"errorCode": 2002, "errorMessage": "Key not ready"}', '/dtp/2002/'],
		['twampy output with an address', '$ twampy controller 192.168.1.100\nError: Connection refused (Code 1)', '/twamp/1/'],
		['twampy with a port and a count', 'sender 10.1.1.5:862 sent 4 packets; Error: Temporary resource limitation (Code 5)', '/twamp/5/'],
		['Open Stream NDJSON line', '{"error":"invalid_ndjson","message":"broken JSON","hint":"one JSON per line"}', '/open-stream/invalid_ndjson/'],
		['Open Stream line without hint', '{"error":"control_busy","message":"another control active"}', '/open-stream/control_busy/'],
		['M2M proxy body', '{"error":{"code":"SECURITY_VIOLATION","message":"Content blocked by security scanner","details":{"threat_type":"PROMPT_INJECTION","confidence":0.95}}}', '/m2m/proxy-security_violation/'],
		['M2M Rust Debug', 'Err(Aead(DecryptionFailed))', '/m2m/aeaderror-decryptionfailed/'],
		['M2M Rust path', 'error: M2MError::SessionNotEstablished', '/m2m/m2merror-sessionnotestablished/'],
		['M2M HTTP status', 'proxy answered HTTP 429 after 3 retries', '/m2m/http-429/'],
		['bare TWAMP code', '3', '/twamp/3/'],
		['bare DTP code', '1001', '/dtp/1001/'],
		['a name in another case', 'connection-timeout', '/stt/0x0101/'],
	])('%s', (_, text, expected) => {
		expect(best(text)).toBe(expected);
	});

	it('ranks the most specific code first in the crypto error chain text', () => {
		expect(first('Crypto error: AEAD: Decryption failed: authentication tag mismatch')).toBe('/m2m/aeaderror-decryptionfailed/');
	});

	it('lists both the proxy code and its source for a CRYPTO_ERROR body', () => {
		const found = paths('{"error":{"code":"CRYPTO_ERROR","message":"Crypto error: AEAD: Decryption failed: authentication tag mismatch","source":"AeadError::DecryptionFailed"}}');
		expect(found.slice(0, 2).sort()).toEqual(['/m2m/aeaderror-decryptionfailed/', '/m2m/proxy-crypto_error/']);
	});

	it('does not let addresses, ports or counts outrank the code', () => {
		const text = 'peer 10.0.0.3:5001 retried 4001 times; errorCode: 1002';
		expect(best(text)).toBe('/dtp/1002/');
		expect(paths('connect to 192.168.1.100:862 failed')).not.toContain('/twamp/1/');
	});
});

describe('ambiguity', () => {
	it('lists every code a shared spelling names, and picks none', () => {
		const resolution = resolveText(index, 'InvalidKey');
		expect(resolution.best).toBeUndefined();
		expect(resolution.matches.map((match) => match.path).sort()).toEqual(['/m2m/aeaderror-invalidkey/', '/m2m/hmacerror-invalidkey/']);
	});

	it('is settled by the protocol choice', () => {
		expect(best('DecryptionFailed')).toBeUndefined();
		expect(best('DecryptionFailed', 'dtp')).toBe('/dtp/2001/');
		expect(best('DecryptionFailed', 'm2m')).toBe('/m2m/aeaderror-decryptionfailed/');
		expect(paths('SESSION_TIMEOUT').sort()).toEqual(['/dtp/5002/', '/open-stream/session_timeout/', '/stt/0x0202/']);
	});

	it('lists candidates on a path that two codes share', () => {
		const resolution = resolvePath(index, '/m2m/DataTooShort/');
		expect(resolution.best).toBeUndefined();
		expect(resolution.matches).toHaveLength(2);
	});
});

describe('paths', () => {
	it.each([
		['/STT/0X0101/', '/stt/0x0101/'],
		['/openstream/INVALID_NDJSON', '/open-stream/invalid_ndjson/'],
		['/Open_Stream/invalid-ndjson/', '/open-stream/invalid_ndjson/'],
		['/m2m/Aead(AeadError::DecryptionFailed)/', '/m2m/aeaderror-decryptionfailed/'],
		['/m2m/M2MError%3A%3ASessionExpired/', '/m2m/m2merror-sessionexpired/'],
		['/M2M/', '/m2m/'],
		['/0x0101/', '/stt/0x0101/'],
	])('%s → %s', (path, expected) => {
		expect(resolvePath(index, path).best?.path).toBe(expected);
	});

	it('survives a malformed escape', () => {
		expect(() => resolvePath(index, '/stt/%E0%A4%A/')).not.toThrow();
	});
});

describe('garbage, empty and huge input', () => {
	it('finds nothing in empty or blank input', () => {
		for (const text of ['', '   ', '\n\t']) {
			const resolution = resolveText(index, text);
			expect(resolution.matches).toEqual([]);
			expect(resolution.best).toBeUndefined();
		}
	});

	it('finds nothing in text that names no code', () => {
		expect(resolveText(index, 'the quick brown fox jumps over the lazy dog').matches).toEqual([]);
		expect(resolveText(index, '<script>alert(1)</script>').best).toBeUndefined();
	});

	it('suggests near spellings for a typo', () => {
		const resolution = resolveText(index, 'CONNECTON_TIMEOUT');
		expect(resolution.matches).toEqual([]);
		expect(resolution.suggestions[0]?.path).toBe('/stt/0x0101/');
	});

	it('reads a 1 MB paste only up to its limit, and still finds a code near the start', () => {
		const huge = `Error code: 0x0302\n${'x'.repeat(1_000_000)}`;
		const resolution = resolveText(index, huge);
		expect(resolution.truncated).toBe(true);
		expect(resolution.best?.path).toBe('/stt/0x0302/');
		expect(maxInputLength).toBeLessThan(huge.length);
	});

	it('handles a megabyte of tokens, NUL bytes, odd Unicode and deep nesting without throwing', () => {
		const tokens = Array.from({ length: 120_000 }, (_, i) => `TOKEN_${i}`).join(' ');
		expect(() => resolveText(index, tokens)).not.toThrow();
		expect(() => resolveText(index, '\u0000\u202e\ud800 0x0101 \u{1F4A5}')).not.toThrow();
		expect(resolveText(index, '\u0000\u202e 0x0101').best?.path).toBe('/stt/0x0101/');
		expect(() => resolveText(index, '['.repeat(50_000) + ']'.repeat(50_000))).not.toThrow();
	});
});

describe('editDistance', () => {
	it('counts edits and stops past the limit', () => {
		expect(editDistance('kitten', 'sitting', 5)).toBe(3);
		expect(editDistance('abc', 'abc', 0)).toBe(0);
		expect(editDistance('short', 'a much longer string', 2)).toBe(3);
	});
});

describe('code-shaped text that names no code', () => {
	it.each([
		['/stt/0x0999/', /STT has no 0x09XX range; its categories run 0x01XX to 0x06XX/],
		['/stt/0x0199/', /0x01XX category \(Connection[^)]*\) has no 0x0199: its codes there are 0x0101 to 0x0105/],
		['/twamp/9/', /TWAMP’s codes are 0 to 5/],
		['/dtp/9001/', /DTP has no 9xxx range/],
	])('%s says why', (path, message) => {
		const resolution = resolvePath(index, path);
		expect(resolution.best).toBeUndefined();
		expect(resolution.miss).toMatch(message);
	});

	it('offers no far-off codes as near matches for a number', () => {
		const resolution = resolvePath(index, '/dtp/9001/');
		expect(resolution.suggestions).toEqual([]);
		expect(resolution.matches.filter((match) => match.score >= 60)).toEqual([]);
	});
});

describe('evidence', () => {
	it('says why each candidate is listed', () => {
		const resolution = resolveText(index, '26/01/20 10:15:42,310 CRITICAL ERROR CODE 2 in <<Session Accept>>');
		expect(resolution.best?.path).toBe('/twamp/2/');
		expect(resolution.best?.evidence.join(' ')).toMatch(/twampy .* prints/);
	});

	it('lists, and does not jump, when a line only shares words with descriptions', () => {
		const resolution = resolveText(index, 'the peer went away while we were still sending frames');
		expect(resolution.best).toBeUndefined();
		for (const match of resolution.matches) expect(match.evidence.join(' ')).toMatch(/shares words/);
	});
});
