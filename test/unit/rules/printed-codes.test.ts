// Rule: printed/<protocol>.yaml names a protocol, and each code it names has an entry.
import { describe, expect, it } from 'vitest';
import { checkPrintedCodes } from '../../../src/lib/rules/printed-codes';
import { fixtureCatalogue } from '../../support/fixtures';

describe('printed-codes', () => {
	it('accepts the valid catalogue, which prints one code', () => {
		const { catalogue } = fixtureCatalogue();
		expect(catalogue.printed.map(({ file }) => file.stem)).toEqual(['demo']);
		expect(checkPrintedCodes(catalogue)).toEqual([]);
	});

	it('names the printed code that has no entry', () => {
		expect(checkPrintedCodes(fixtureCatalogue('printed-code-missing').catalogue)).toMatchInlineSnapshot(`
			[
			  {
			    "field": "shapes.0.code",
			    "file": "test/fixtures/invalid/printed-code-missing/printed/demo.yaml",
			    "message": "expected an existing Demo code; found "0x0009", which has no entry",
			  },
			]
		`);
	});

	it('names a file named after no protocol', () => {
		const { catalogue } = fixtureCatalogue();
		const misnamed = { ...catalogue, printed: catalogue.printed.map(({ file, data }) => ({ file: { ...file, path: 'printed/dmeo.yaml', stem: 'dmeo' }, data })) };
		expect(checkPrintedCodes(misnamed)).toMatchInlineSnapshot(`
			[
			  {
			    "file": "printed/dmeo.yaml",
			    "message": "the file "dmeo.yaml" names no protocol: expected one of demo",
			  },
			]
		`);
	});
});
