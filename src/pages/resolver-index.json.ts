// The compact index the lookup page and the 404 page resolve spellings and printed lines with (see src/lib/resolve.ts).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toCatalogueEntry } from '../lib/catalogue';
import { catalogueResolverIndex } from '../lib/resolver-data';

export const GET: APIRoute = async () => {
	const index = catalogueResolverIndex(
		await getCollection('protocols'),
		(await getCollection('errors')).map(toCatalogueEntry),
		(await getCollection('printed')).map((file) => ({ protocol: file.id, data: file.data })),
	);
	return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } });
};
