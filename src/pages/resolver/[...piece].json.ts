// The resolver's index in pieces, for /lookup/ and the 404 page (see src/lib/resolver-shards.ts):
// /resolver/core.json, and each piece at /resolver/<build>/<piece>.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { toCatalogueEntry } from '../../lib/catalogue';
import { catalogueResolverIndex } from '../../lib/resolver-data';
import { shardIndex } from '../../lib/resolver-shards';

export const getStaticPaths = (async () => {
	const { core, pieces } = shardIndex(
		catalogueResolverIndex(
			await getCollection('protocols'),
			(await getCollection('errors')).map(toCatalogueEntry),
			(await getCollection('printed')).map((file) => ({ protocol: file.id, data: file.data })),
		),
	);
	return [
		{ params: { piece: 'core' }, props: { body: core as unknown } },
		...[...pieces].map(([name, body]) => ({ params: { piece: `${core.build}/${name}` }, props: { body } })),
	];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.body), { headers: { 'content-type': 'application/json' } });
