import { describe, expect, it } from 'vitest';
import { codePageFrame, codePages, type CodePageInput } from '../../../src/lib/pages/code-page';
import type { ErrorItem } from '../../../src/lib/pages/collections';
import { code, concept, printed, protocol } from './fixture';

function catalogue(errors: ErrorItem[]): CodePageInput<ErrorItem> {
	return {
		errors,
		protocols: [protocol('alpha', 'Alpha', 1), protocol('beta', 'Beta', 2)],
		concepts: [concept('timeout', 'Timeout', 2), concept('auth', 'Auth', 1)],
		printed: [printed('alpha', ['1'])],
		docs: [{ id: 'guides/reading', data: { title: 'Reading' }, digest: 'g1' }],
	};
}

const errors = [
	code('alpha', '1', { concepts: ['timeout', 'auth'], related: [{ code: '3', why: 'Follows it.', origin: 'source' }, { code: '99', why: 'Gone.', origin: 'site' }] }),
	code('alpha', '2', { parent: '1', concepts: ['timeout'] }),
	code('alpha', '3', { retired: { reason: 'Merged.', replacedBy: '1' } }),
	code('beta', 'B1', { concepts: ['timeout'] }),
	code('beta', 'B2', { concepts: ['auth'] }),
];
const pageOf = (paths: ReturnType<typeof codePages<ErrorItem>>, protocolId: string, slug: string) =>
	paths.find((path) => path.params.protocol === protocolId && path.params.code === slug)!;

describe('codePages', () => {
	const paths = codePages(catalogue(errors));

	it('makes one page per code, at its protocol and slug', () => {
		expect(paths.map((path) => `${path.params.protocol}/${path.params.code}`)).toEqual(['alpha/1', 'alpha/2', 'alpha/3', 'beta/b1', 'beta/b2']);
	});

	it('resolves the codes a page links to within its protocol, dropping links to codes that do not exist', () => {
		const first = pageOf(paths, 'alpha', '1').props;
		expect(first.subCodes.map((entry) => entry.data.code)).toEqual(['2']);
		expect(first.related.map(({ target }) => target.data.code)).toEqual(['3']);
		expect(pageOf(paths, 'alpha', '2').props.parent?.data.code).toBe('1');
		expect(pageOf(paths, 'alpha', '3').props.replacement?.data.code).toBe('1');
	});

	it('lists equivalents in other protocols by concept, in concept order', () => {
		const groups = pageOf(paths, 'alpha', '1').props.equivalents;
		expect(groups.map((group) => [group.concept.id, group.entries.map((entry) => entry.data.code)])).toEqual([
			['auth', ['B2']],
			['timeout', ['B1']],
		]);
	});

	it('hands the page the sections its data fills, and what the implementation prints', () => {
		const first = pageOf(paths, 'alpha', '1').props;
		expect(first.printed?.shapes.map((shape) => shape.text)).toEqual(['failed 1']);
		expect(first.sections.map((section) => section.slug)).toEqual(['what-to-do-now', 'meaning', 'handling', 'why-this-answer', 'as-printed', 'sub-codes', 'equivalents', 'related']);
		expect(pageOf(paths, 'beta', 'b1').props.sections.map((section) => section.slug)).not.toContain('as-printed');
	});

	it('changes a page’s cache key when a code it shows changes, and only then', () => {
		const edited = (index: number) => codePages(catalogue(errors.map((item, position) => (position === index ? { ...item, digest: 'edited' } : item))));
		const keyOf = (all: ReturnType<typeof codePages<ErrorItem>>) => pageOf(all, 'alpha', '2').cacheKey;
		const before = keyOf(paths);
		expect(keyOf(edited(0)), 'its parent').not.toBe(before);
		expect(keyOf(edited(1)), 'itself').not.toBe(before);
		expect(keyOf(edited(4)), 'a code it does not show').toBe(before);
	});

	it('names the file whose protocol does not exist', () => {
		expect(() => codePages(catalogue([code('gamma', '1')]))).toThrow('gamma/1: no protocol "gamma"');
	});
});

describe('codePageFrame', () => {
	it('puts the Markdown body’s headings between the sections before it and after it', () => {
		const page = pageOf(codePages(catalogue(errors)), 'alpha', '1').props;
		const frame = codePageFrame(page, new URL('https://atlas.example/'), [{ depth: 2, slug: 'history', text: 'History' }]);
		expect(frame.headings.map((heading) => heading.slug)).toEqual(['what-to-do-now', 'meaning', 'handling', 'why-this-answer', 'as-printed', 'sub-codes', 'history', 'equivalents', 'related']);
		expect(frame.canonicalUrl).toBe('https://atlas.example/alpha/1/');
		expect(frame.documentTitle).toBe('Alpha 1 Error 1 | Protocol Error Atlas');
	});
});
