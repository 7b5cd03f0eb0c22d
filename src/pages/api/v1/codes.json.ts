// /api/v1/codes.json: every code of every protocol, in protocol order then reference order.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { codesFile, jsonResponse } from '../../../lib/api';
import { toCatalogueEntry } from '../../../lib/catalogue';

export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('the JSON API needs `site` in astro.config.mjs for its absolute URLs');
	const protocols = await getCollection('protocols');
	const entries = (await getCollection('errors')).map(toCatalogueEntry);
	return jsonResponse(codesFile(protocols, entries, site));
};
