// Rule: an entry's folder names a protocol.
import { describe, expect, it } from 'vitest';
import { checkProtocolFolder } from '../../../src/lib/rules/protocol-folder';
import { fixtureCatalogue } from '../../support/fixtures';

describe('protocol-folder', () => {
	it('accepts the valid catalogue', () => {
		expect(checkProtocolFolder(fixtureCatalogue().catalogue)).toEqual([]);
	});

	it('names the folder and the protocols there are', () => {
		expect(checkProtocolFolder(fixtureCatalogue('unknown-protocol').catalogue)).toMatchInlineSnapshot(`
			[
			  {
			    "file": "test/fixtures/invalid/unknown-protocol/errors/demo2/0x0002_01.md",
			    "message": "the folder "demo2" names no protocol: expected one of demo",
			  },
			]
		`);
	});

	it('leaves entries alone when their protocol file exists but is broken: that file has the problem', () => {
		const { catalogue, problems } = fixtureCatalogue('bad-pattern');
		expect(problems.map((problem) => problem.file)).toEqual(['test/fixtures/invalid/bad-pattern/protocols/demo.md']);
		expect(checkProtocolFolder(catalogue)).toEqual([]);
	});
});
