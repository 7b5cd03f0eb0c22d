// The compact index the lookup page and the 404 page resolve spellings with (see src/lib/resolve.ts).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { refOf, toCatalogueEntry } from '../lib/catalogue';
import { buildIndex } from '../lib/resolve';

export const GET: APIRoute = async () => {
	const protocols = (await getCollection('protocols')).sort((a, b) => a.data.order - b.data.order);
	const entries = (await getCollection('errors')).map(toCatalogueEntry);
	const index = buildIndex(
		protocols.map((protocol) => ({ id: protocol.id, name: protocol.data.name })),
		entries.map(refOf),
	);
	return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } });
};
