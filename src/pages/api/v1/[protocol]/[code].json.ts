// /api/v1/<protocol>/<slug>.json: everything one code's entry says (its Markdown body aside).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { codeDetail, jsonResponse, type ApiProtocol } from '../../../../lib/api';
import { CatalogueIndex, toCatalogueEntry, type CatalogueEntry } from '../../../../lib/catalogue';

export const getStaticPaths = (async () => {
	const protocols = new Map((await getCollection('protocols')).map((protocol) => [protocol.id, { id: protocol.id, data: protocol.data }]));
	const index = new CatalogueIndex((await getCollection('errors')).map(toCatalogueEntry));
	return index.entries.map((entry) => {
		const protocol = protocols.get(entry.protocol);
		if (!protocol) throw new Error(`${entry.protocol}/${entry.slug}: no protocol "${entry.protocol}"`);
		// The same array for every code of the protocol: the spelling table is built once per protocol.
		const siblings = index.ofProtocol(entry.protocol);
		return { params: { protocol: entry.protocol, code: entry.slug }, props: { entry, protocol, siblings } };
	});
}) satisfies GetStaticPaths;

interface Props {
	entry: CatalogueEntry;
	protocol: ApiProtocol;
	siblings: readonly CatalogueEntry[];
}

export const GET: APIRoute<Props> = ({ props, site }) => {
	if (!site) throw new Error('the JSON API needs `site` in astro.config.mjs for its absolute URLs');
	return jsonResponse(codeDetail(props.entry, props.protocol, props.siblings, site));
};
