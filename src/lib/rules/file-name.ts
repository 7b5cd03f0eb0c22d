/**
 * Rule: an entry's file is named after its code's canonical slug, which is also its URL; a protocol
 * with slug namespaces must give one to every kind of code it uses.
 */
import { canonicalSlug } from '../slug';
import { placedEntries, type Catalogue, type Problem } from './rule';

export function checkFileName(catalogue: Pick<Catalogue, 'protocols' | 'entries'>): Problem[] {
	return placedEntries(catalogue).flatMap(({ file, data, protocol }) => {
		let expectedSlug: string;
		try {
			expectedSlug = canonicalSlug(data.code, data.kind, protocol.slugs);
		} catch (error) {
			return [{ file: file.path, field: 'kind', message: (error as Error).message }];
		}
		if (expectedSlug === file.stem) return [];
		return [
			{
				file: file.path,
				field: 'code',
				message: `expected the file to be named "${expectedSlug}.md" after its code ${JSON.stringify(data.code)}; found "${file.stem}.md"`,
			},
		];
	});
}
