// The whole resolver index in one file, which the site's search reads pasted lines with (src/lib/search-terms.ts).
// /lookup/ and the 404 page fetch it in pieces instead (src/pages/resolver/[...piece].json.ts).
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
