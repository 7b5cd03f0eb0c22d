// `atlas explain`: a code or a pasted line explained in the terminal, from the same catalogue and
// resolver as the site; and the `bin` that package.json declares really runs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/atlas';
import { catalogue } from '../support/catalogue';
import { projectRoot } from '../support/dist';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const code = await main(argv, { stdout: { write: (text: string) => (out += text) }, stderr: { write: (text: string) => (err += text) } }, {});
	return { code, out, err };
}

describe('atlas explain', () => {
	it('explains a code given with its protocol: meaning, causes, what to do and the URL', async () => {
		const { code, out } = await run('explain', 'stt', '0x0405');
		const entry = catalogue.entries.find(({ file }) => file.protocol === 'stt' && file.stem === '0x0405')!.data;
		expect(code).toBe(0);
		expect(out).toContain('STT 0x0405 HANDSHAKE_FAILURE');
		expect(out).toContain(entry.meaning);
		for (const cause of entry.causes) expect(out).toContain(cause);
		expect(out).toContain(`First step:   ${entry.action.first}`);
		expect(out).toContain('https://protocol-error-atlas.example/stt/0x0405/');
	});

	it('accepts any spelling the site accepts', async () => {
		expect((await run('explain', 'STT', '0X405')).out).toContain('STT 0x0405 HANDSHAKE_FAILURE');
		expect((await run('explain', 'm2m', 'Aead(AeadError::DecryptionFailed)')).out).toContain('M2M Protocol AeadError::DecryptionFailed');
	});

	it('reads a pasted log line', async () => {
		const { code, out } = await run('explain', '26/01/20 10:15:42,310 CRITICAL ERROR CODE 2 in <<Session Accept>>');
		expect(code).toBe(0);
		expect(out).toMatch(/^TWAMP 2 /);
	});

	it('lists candidates with why, and does not pick one, when no code is clearly meant', async () => {
		const { code, out } = await run('explain', 'InvalidKey');
		expect(code).toBe(1);
		expect(out).toContain('Candidates');
		expect(out).toContain('AeadError::InvalidKey');
		expect(out).toContain('HmacError::InvalidKey');
		expect(out).toContain('why:');
	});

	it('says why a code-shaped text names no code, and exits non-zero', async () => {
		const { code, out } = await run('explain', 'stt', '0x0999');
		expect(code).toBe(3);
		expect(out).toContain('STT has no 0x09XX range');
	});

	it('prints the JSON record with --json', async () => {
		const { out } = await run('explain', '--json', 'dtp', '2001');
		expect(JSON.parse(out)).toMatchObject({ protocol: 'dtp', code: '2001', action: { retry: expect.any(String) } });
	});

	it('refuses a call it does not understand, with the usage', async () => {
		const { code, err } = await run('explode', 'x');
		expect(code).toBe(2);
		expect(err).toContain('Usage:');
	});

	it('runs as the bin package.json declares', () => {
		const bin = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin.atlas!;
		const out = execFileSync(process.execPath, [join(projectRoot, bin), 'explain', 'twamp', '3'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
		expect(out).toMatch(/^TWAMP 3 /);
	}, 30_000);
});
