// OpenSearch description: lets a browser add the site as a search engine that opens /lookup/.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { inOrder } from '../lib/order';
import { listInWords } from '../lib/pages/prose';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);

export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('astro.config.mjs must set `site`: the OpenSearch template needs absolute URLs');
	const origin = site.href.replace(/\/$/, '');
	const names = inOrder(await getCollection('protocols')).map((protocol) => protocol.data.name);
	const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>Error Atlas</ShortName>
  <Description>Look up an error code or message of ${escapeXml(listInWords(names, 'or'))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="32" height="32" type="image/svg+xml">${escapeXml(origin)}/favicon.svg</Image>
  <Url type="text/html" method="get" template="${escapeXml(origin)}/lookup/?q={searchTerms}"/>
  <moz:SearchForm>${escapeXml(origin)}/lookup/</moz:SearchForm>
</OpenSearchDescription>
`;
	return new Response(body, { headers: { 'content-type': 'application/opensearchdescription+xml' } });
};
