// A production build warns when it would publish the placeholder origin in every copied link.
import { describe, expect, it } from 'vitest';
import { siteOriginWarning } from '../../src/integrations/site-origin';

describe('siteOriginWarning', () => {
	it('warns on a build without ATLAS_SITE_URL, or with the placeholder itself', () => {
		for (const url of [undefined, '', 'https://protocol-error-atlas.example', 'https://protocol-error-atlas.example/']) {
			expect(siteOriginWarning(url, 'build'), String(url)).toMatch(/ATLAS_SITE_URL/);
		}
	});

	it('is quiet with a real origin, and under dev and preview', () => {
		expect(siteOriginWarning('https://errors.example.org', 'build')).toBeUndefined();
		expect(siteOriginWarning(undefined, 'dev')).toBeUndefined();
		expect(siteOriginWarning(undefined, 'preview')).toBeUndefined();
	});
});
