// src/lib/printed.ts: what a code's page shows of its implementation's output, and links to the source lines.
import { describe, expect, it } from 'vitest';
import { printedOfProtocol, sourceUrl } from '../../src/lib/printed';
import { printedSchema } from '../../src/schemas/printed';

const implementation = {
	name: 'demo-client',
	repository: 'example/demo-client',
	version: '1.2.0',
	commit: 'a'.repeat(40),
	language: 'Rust',
	modules: ['demo'],
};

describe('sourceUrl', () => {
	it('links path:line to the line at the commit read', () => {
		expect(sourceUrl(implementation, 'src/error.rs:42')).toBe(`https://github.com/example/demo-client/blob/${'a'.repeat(40)}/src/error.rs#L42`);
	});
});

describe('printedOfProtocol', () => {
	const printed = printedSchema.parse({
		implementation,
		shapes: [
			{ code: '0x0001', form: 'display', text: 'link lost: {detail}', source: 'src/error.rs:10' },
			{ code: '0x0002', form: 'log', text: 'bad frame', source: 'src/log.rs:3' },
			{ code: '0x0001', form: 'debug', text: 'LinkLost { detail: {detail} }', source: 'src/error.rs:11' },
		],
		disagreements: [
			{ code: '0x0002', document: 'The document says 422.', implementation: 'The program answers 403.' },
			{ document: 'Codes are upper-case.', implementation: 'The program prints lower-case names.' },
		],
	});
	const byCode = printedOfProtocol(printed);

	it('groups the strings by code, in the file’s order', () => {
		expect(byCode.get('0x0001')?.shapes.map((shape) => shape.form)).toEqual(['display', 'debug']);
		expect(byCode.get('0x0002')?.shapes.map((shape) => shape.text)).toEqual(['bad frame']);
	});

	it('puts each disagreement on its code, and leaves a protocol-wide one off every code page', () => {
		expect(byCode.get('0x0002')?.disagreements.map((d) => d.implementation)).toEqual(['The program answers 403.']);
		expect(byCode.get('0x0001')?.disagreements).toEqual([]);
	});

	it('carries the implementation with every code, and has nothing for a code it does not print', () => {
		expect(byCode.get('0x0001')?.implementation.repository).toBe('example/demo-client');
		expect(byCode.has('0x0003')).toBe(false);
	});

	it('is empty for a protocol without an implementation file', () => {
		expect(printedOfProtocol(undefined).size).toBe(0);
	});
});
