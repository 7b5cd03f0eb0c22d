// /api/v1/<protocol>.json: one protocol's format and categories, and its codes in reference order.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { jsonResponse, protocolFile, type ApiProtocol } from '../../../lib/api';
import { toCatalogueEntry, type CatalogueEntry } from '../../../lib/catalogue';

export const getStaticPaths = (async () => {
	const protocols = await getCollection('protocols');
	const entries = (await getCollection('errors')).map(toCatalogueEntry);
	return protocols.map((protocol) => ({
		params: { protocol: protocol.id },
		props: { protocol: { id: protocol.id, data: protocol.data }, entries: entries.filter((entry) => entry.protocol === protocol.id) },
	}));
}) satisfies GetStaticPaths;

interface Props {
	protocol: ApiProtocol;
	entries: CatalogueEntry[];
}

export const GET: APIRoute<Props> = ({ props, site }) => {
	if (!site) throw new Error('the JSON API needs `site` in astro.config.mjs for its absolute URLs');
	return jsonResponse(protocolFile(props.protocol, props.entries, site));
};
