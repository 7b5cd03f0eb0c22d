/** Rule: every code matches, in full, the pattern its protocol's `codeFormat` declares. */
import { placedEntries, type Catalogue, type Problem } from './rule';

export function checkCodePattern(catalogue: Pick<Catalogue, 'protocols' | 'entries'>): Problem[] {
	return placedEntries(catalogue).flatMap(({ file, data, protocol }) => {
		const { pattern, examples } = protocol.codeFormat;
		if (new RegExp(`^(?:${pattern})$`).test(data.code)) return [];
		return [
			{
				file: file.path,
				field: 'code',
				message: `expected a ${protocol.name} code matching /${pattern}/ (e.g. ${examples.join(', ')}); found ${JSON.stringify(data.code)}`,
			},
		];
	});
}
