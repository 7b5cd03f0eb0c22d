/**
 * `/codes/rows/<protocol>.json`: one protocol's rows of the /codes/ table, rendered by the same
 * component as the page's own rows, for the table to fetch when the reader needs them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getCollection } from 'astro:content';
import CodeTable from '../../../components/CodeTable.astro';
import { codeRowsShard, rowShardJson } from '../../../lib/pages/codes';

export const getStaticPaths = (async () => (await getCollection('protocols')).map((protocol) => ({ params: { protocol: protocol.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const protocolId = params.protocol!;
	const page = codeRowsShard(await getCollection('protocols'), await getCollection('concepts'), await getCollection('errors'), protocolId);
	const container = await AstroContainer.create();
	const html = await container.renderToString(CodeTable, {
		props: { entries: page.entries, rows: page.rows, orderFrom: page.orderFrom, protocols: page.protocols, concepts: page.concepts, caption: page.caption, showProtocol: true },
	});
	return new Response(rowShardJson(protocolId, html), { headers: { 'Content-Type': 'application/json' } });
};
