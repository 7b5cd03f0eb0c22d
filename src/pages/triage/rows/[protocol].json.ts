/**
 * `/triage/rows/<protocol>.json`: one protocol's rows of each situation on /triage/, rendered by the
 * same component as the page's own rows, for the page to fetch when the reader needs them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getCollection } from 'astro:content';
import TriageTable from '../../../components/TriageTable.astro';
import { tableBodyRows } from '../../../lib/pages/codes';
import { triageRowsShard } from '../../../lib/pages/triage';

export const getStaticPaths = (async () => (await getCollection('protocols')).map((protocol) => ({ params: { protocol: protocol.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const protocolId = params.protocol!;
	const page = triageRowsShard(await getCollection('protocols'), await getCollection('errors'), protocolId);
	const container = await AstroContainer.create();
	const groups: Record<string, string> = {};
	for (const group of page.groups) {
		const html = await container.renderToString(TriageTable, { props: { entries: group.entries, protocolNames: page.protocolNames, orderFrom: group.orderFrom } });
		groups[group.situation.id] = tableBodyRows(html, `the ${protocolId} triage shard`);
	}
	return new Response(JSON.stringify({ protocol: protocolId, groups }), { headers: { 'Content-Type': 'application/json' } });
};
