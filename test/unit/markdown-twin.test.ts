// src/lib/markdown-twin.ts: a code's page as Markdown, built from its JSON record, every statement's origin marked.
import { describe, expect, it } from 'vitest';
import { codeFile, type ApiProtocol } from '../../src/lib/api';
import type { CatalogueEntry } from '../../src/lib/catalogue';
import { codeMarkdown, llmsTxt, twinPath } from '../../src/lib/markdown-twin';
import { printedOfProtocol } from '../../src/lib/printed';
import { catalogue } from '../support/catalogue';

const site = 'https://atlas.test';
const protocols: ApiProtocol[] = [...catalogue.protocols].map(([id, data]) => ({ id, data }));
const entries: CatalogueEntry[] = catalogue.entries.map(({ file, data }) => ({ protocol: file.protocol ?? '', slug: file.stem, data }));
const detailOf = (entry: CatalogueEntry) => codeFile(entry, protocols, entries, site);

describe('twinPath', () => {
	it('puts the twin beside the page, .md in place of the last slash', () => {
		expect(twinPath('/stt/0x0101/')).toBe('/stt/0x0101.md');
		expect(twinPath('/m2m/aeaderror-decryptionfailed/')).toBe('/m2m/aeaderror-decryptionfailed.md');
	});
});

describe('codeMarkdown', () => {
	it('marks each answer of "what to do now" with who says it', () => {
		for (const entry of entries) {
			const markdown = codeMarkdown(detailOf(entry));
			for (const [field, label] of [['retry', 'Retry'], ['actor', 'Who acts'], ['lost', 'What is lost']] as const) {
				const line = markdown.split('\n').find((text) => text.startsWith(`- ${label}: `)) ?? '';
				const expected = entry.data.action.stated.includes(field) ? '[source]' : '[site’s judgement]';
				expect(line.endsWith(expected), `${entry.protocol} ${entry.data.code} ${field}: ${line}`).toBe(true);
			}
		}
	});

	it('opens with the protocol, code and name, and links the page and the JSON file', () => {
		const entry = entries.find((candidate) => candidate.protocol === 'stt' && candidate.data.code === '0x0101')!;
		const markdown = codeMarkdown(detailOf(entry));
		expect(markdown.split('\n')[0]).toBe(`# STT 0x0101 ${entry.data.name}`);
		expect(markdown).toContain(`- Page: ${site}/stt/0x0101/`);
		expect(markdown).toContain(`- JSON: ${site}/api/v1/stt/0x0101.json`);
		expect(markdown).toContain(entry.data.meaning.trim().split('\n')[0]);
	});

	it('lists what the program prints, marked as observed, with links to its source lines', () => {
		const file = catalogue.printed.find((candidate) => candidate.protocol === 'm2m')!;
		const byCode = printedOfProtocol(file.data);
		const [code, printed] = [...byCode].find(([, found]) => found.shapes.length > 0)!;
		const entry = entries.find((candidate) => candidate.protocol === 'm2m' && candidate.data.code === code)!;
		const markdown = codeMarkdown(detailOf(entry), printed);
		expect(markdown).toContain(`## As printed [observed in ${file.data.implementation.name} ${file.data.implementation.version}]`);
		for (const shape of printed.shapes) expect(markdown).toContain(`\`${shape.text}\``);
		expect(markdown).toContain(`https://github.com/${file.data.implementation.repository}/blob/${file.data.implementation.commit}/`);
		expect(codeMarkdown(detailOf(entry))).not.toContain('## As printed');
	});
});

describe('llmsTxt', () => {
	it('links every protocol’s codes to their twins', () => {
		const text = llmsTxt(site, [
			{ id: 'stt', name: 'STT', description: 'Transport.', codes: [{ code: '0x0101', name: 'Timeout', summary: 'It timed out.', path: '/stt/0x0101/' } as never] },
		]);
		expect(text).toContain('## STT');
		expect(text).toContain(`- [0x0101 Timeout](${site}/stt/0x0101.md): It timed out.`);
		expect(text).toContain(`${site}/llms-full.txt`);
	});
});
