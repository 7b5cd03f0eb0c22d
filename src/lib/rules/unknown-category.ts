/** Rule: an entry's categories are ids its protocol defines. */
import { placedEntries, type Catalogue, type Problem } from './rule';

export function checkUnknownCategory(catalogue: Pick<Catalogue, 'protocols' | 'entries'>): Problem[] {
	return placedEntries(catalogue).flatMap(({ file, data, protocol }) => {
		const categoryIds = protocol.categories.map((category) => category.id);
		return data.categories.flatMap((category, index) =>
			categoryIds.includes(category)
				? []
				: [
						{
							file: file.path,
							field: `categories.${index}`,
							message: `expected a ${protocol.name} category (${categoryIds.join(', ')}); found ${JSON.stringify(category)}`,
						},
					],
		);
	});
}
