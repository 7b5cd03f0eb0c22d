/**
 * `/triage/rows/<protocol>.json`: one protocol's rows of each situation on /triage/, rendered by the
 * same component as the page's own rows, for the page to fetch when the reader needs them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getCollection } from 'astro:content';
import TriageTable from '../../../components/TriageTable.astro';
import { tableBodyRows } from '../../../lib/pages/codes';
import { triageRowShards, type TriageShard } from '../../../lib/pages/triage';

// The catalogue is read once for every shard, and one container renders them all.
export const getStaticPaths = (async () => {
	const shards = triageRowShards(await getCollection('protocols'), await getCollection('errors'));
	return [...shards].map(([protocol, page]) => ({ params: { protocol }, props: { page } }));
}) satisfies GetStaticPaths;

let container: Promise<AstroContainer> | undefined;

export const GET: APIRoute<{ page: TriageShard }> = async ({ params, props: { page } }) => {
	container ??= AstroContainer.create();
	const renderer = await container;
	const groups: Record<string, string> = {};
	for (const group of page.groups) {
		const html = await renderer.renderToString(TriageTable, { props: { entries: group.entries, protocolNames: page.protocolNames, orderFrom: group.orderFrom } });
		groups[group.situation.id] = tableBodyRows(html, `the ${params.protocol} triage shard`);
	}
	return new Response(JSON.stringify({ protocol: params.protocol, groups }), { headers: { 'Content-Type': 'application/json' } });
};
