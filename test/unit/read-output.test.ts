// Reading program output the way a person does: past the log prefix, to a traceback's last line.
import { describe, expect, it } from 'vitest';
import { namespaceWords, readOutput, stripLogPrefix } from '../../src/lib/read-output';

describe('stripLogPrefix', () => {
	it.each([
		['Python logging with a logger name', '2025-11-26 14:02:12 - STT.seigr_toolset_transmissions.core.node - ERROR - Handshake error: bad proof', 'Handshake error: bad proof', 'STT.seigr_toolset_transmissions.core.node'],
		['twampy with milliseconds padded by spaces', '26/01/20 10:15:42,31  CRITICAL ERROR CODE 2 in <<Session Accept>>', 'ERROR CODE 2 in <<Session Accept>>', undefined],
		['logging.basicConfig', 'ERROR:STT.seigr_toolset_transmissions.transport.udp:UDP protocol error: boom', 'UDP protocol error: boom', 'STT.seigr_toolset_transmissions.transport.udp'],
		['tracing-subscriber', '2026-01-12T07:02:10.004512Z  WARN m2m::inference::hydra: Failed to load native model', 'Failed to load native model', 'm2m::inference::hydra'],
		['a bracketed prefix', '[2026-11-02 10:00:01] [error] connection lost', 'connection lost', undefined],
	])('%s', (_, line, message, logger) => {
		expect(stripLogPrefix(line)).toEqual({ message, logger });
	});

	it('leaves a line without a prefix as it is', () => {
		expect(stripLogPrefix('Crypto error: AEAD: Decryption failed: aead::Error').message).toBe('Crypto error: AEAD: Decryption failed: aead::Error');
		expect(stripLogPrefix('{"error":"invalid_ndjson"}').message).toBe('{"error":"invalid_ndjson"}');
	});

	it('keeps a level word that is the message itself', () => {
		expect(stripLogPrefix('ERROR').message).toBe('ERROR');
	});
});

describe('readOutput', () => {
	it('puts the exception line of a traceback first and skips its frames', () => {
		const traceback = [
			'Traceback (most recent call last):',
			'  File "app.py", line 12, in <module>',
			'    await stream.send(b"x")',
			'seigr_toolset_transmissions.utils.exceptions.STTStreamError: Stream is closed',
		].join('\n');
		const [first, ...rest] = readOutput(traceback);
		expect(first?.exception).toBe('STTStreamError');
		expect(first?.message).toBe('seigr_toolset_transmissions.utils.exceptions.STTStreamError: Stream is closed');
		expect(rest.map((line) => line.raw)).not.toContain('    await stream.send(b"x")');
	});

	it('reads a long paste from its end, where errors and tracebacks end', () => {
		const lines = Array.from({ length: 500 }, (_, i) => `line ${i}`);
		const read = readOutput(lines.join('\n'));
		expect(read.length).toBeLessThanOrEqual(60);
		expect(read.at(-1)?.raw).toBe('line 499');
	});

	it('names the modules a line comes from', () => {
		const [line] = readOutput('2025-11-26 14:02:12 - STT.seigr_toolset_transmissions.core.node - ERROR - x');
		expect(namespaceWords(line!)).toEqual(expect.arrayContaining(['stt', 'seigr_toolset_transmissions', 'core', 'node']));
	});
});
