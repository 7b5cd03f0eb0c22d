/**
 * `/codes/rows/<protocol>.json`: one protocol's rows of the /codes/ table, rendered by the same
 * component as the page's own rows, for the table to fetch when the reader needs them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getCollection } from 'astro:content';
import CodeTable from '../../../components/CodeTable.astro';
import { codeRowShards, rowShardJson, type CodesPage } from '../../../lib/pages/codes';

// The catalogue is read once for every shard, and one container renders them all.
export const getStaticPaths = (async () => {
	const shards = codeRowShards(await getCollection('protocols'), await getCollection('concepts'), await getCollection('errors'));
	return [...shards].map(([protocol, page]) => ({ params: { protocol }, props: { page } }));
}) satisfies GetStaticPaths;

let container: Promise<AstroContainer> | undefined;

export const GET: APIRoute<{ page: CodesPage }> = async ({ params, props: { page } }) => {
	container ??= AstroContainer.create();
	const html = await (await container).renderToString(CodeTable, {
		props: { entries: page.entries, rows: page.rows, orderFrom: page.orderFrom, protocols: page.protocols, concepts: page.concepts, caption: page.caption, showProtocol: true },
	});
	return new Response(rowShardJson(params.protocol!, html), { headers: { 'Content-Type': 'application/json' } });
};
