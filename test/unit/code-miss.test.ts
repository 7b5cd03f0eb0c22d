// src/lib/code-miss.ts: what a protocol's codes look like, from its categories and codes. (What the
// lookup then says about a code-shaped miss is tested through the resolver in resolve.test.ts.)
import { describe, expect, it } from 'vitest';
import { protocolSpace } from '../../src/lib/code-miss';

describe('protocolSpace', () => {
	it('keeps the category ranges written with X wildcards, in the source’s order', () => {
		const space = protocolSpace(
			[
				{ name: 'Connection', range: '0x01XX' },
				{ name: 'Session', range: '0x02xx' },
				{ name: 'Other', range: 'see the appendix' },
				{ name: 'No range' },
			],
			['0x0101', '0x0201'],
		);
		expect(space).toEqual({ ranges: [{ range: '0x01XX', name: 'Connection' }, { range: '0x02xx', name: 'Session' }] });
	});

	it('reads decimal ranges like 1xxx', () => {
		expect(protocolSpace([{ name: 'Client', range: '4xxx' }], ['4001']).ranges).toEqual([{ range: '4xxx', name: 'Client' }]);
	});

	it('gives the lowest and highest of a protocol whose codes are all small numbers', () => {
		expect(protocolSpace([{ name: 'Control' }], ['3', '0', '5', '1'])).toEqual({ ranges: [], numbers: [0, 5] });
	});

	it('gives no numbers when any code is not a small number', () => {
		expect(protocolSpace([], ['0', '1', 'TIMEOUT']).numbers).toBeUndefined();
		expect(protocolSpace([], ['1001', '1002']).numbers).toBeUndefined();
		expect(protocolSpace([], []).numbers).toBeUndefined();
	});
});
