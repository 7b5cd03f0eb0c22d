// Printed strings as templates: literal words in order, values anywhere, `{code}` only the code itself.
import { describe, expect, it } from 'vitest';
import { compileTemplate, matchTemplate, templateBody, wordsOfText } from '../../src/lib/printed-match';

const match = (template: string, line: string, codeKeys: string[] = []) => matchTemplate(compileTemplate(template), wordsOfText(line), codeKeys);

describe('compileTemplate', () => {
	it('turns values into one wildcard and keeps literal words', () => {
		expect(compileTemplate('Crypto error: {0}: {detail}')).toEqual(['crypto', 'error', '*']);
		expect(compileTemplate('*** ERROR CODE {code} in <<Server Start>>')).toEqual(['error', 'code', '#', 'in', 'server', 'start']);
	});

	it('reads JSON braces as text, not as a value', () => {
		expect(compileTemplate('{"error":"invalid_ndjson","message":"{message}"}')).toEqual(['error', 'invalid', 'ndjson', 'message', '*']);
	});

	it('drops a log prefix and an exception’s module path, which readers paste differently', () => {
		expect(templateBody('{timestamp} - STT.pkg.core.node - ERROR - Handshake error: {e}')).toBe('Handshake error: {e}');
		expect(templateBody('seigr_toolset_transmissions.utils.exceptions.STTStreamError: Stream is closed')).toBe('STTStreamError: Stream is closed');
	});
});

describe('matchTemplate', () => {
	it('matches whatever values fill the slots', () => {
		expect(match('Invalid AEAD key: Key too short: {n} bytes (need 32)', 'Crypto error: AEAD: Invalid AEAD key: Key too short: 16 bytes (need 32)').complete).toBe(true);
	});

	it('needs every literal word, in order', () => {
		expect(match('Stream is closed', 'closed is Stream').complete).toBe(false);
		expect(match('Session not found: {id}', 'Session found: 00ff').complete).toBe(false);
		expect(match('Session not found: {id}', 'Session found: 00ff').matched).toBe(2);
	});

	it('fills `{code}` with the code only', () => {
		expect(match('ERROR CODE {code} in <<Session Accept>>', 'ERROR CODE 2 in <<Session Accept>>', ['2']).complete).toBe(true);
		expect(match('ERROR CODE {code} in <<Session Accept>>', 'ERROR CODE 4 in <<Session Accept>>', ['2']).complete).toBe(false);
	});
});
