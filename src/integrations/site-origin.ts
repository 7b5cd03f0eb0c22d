/**
 * Warns when a production build would publish the placeholder origin: every canonical URL, every "Copy
 * link", the sitemap and the JSON API's `url` fields would then point to protocol-error-atlas.example.
 * Set `ATLAS_SITE_URL` to the deployed origin (README, "Deploying").
 */
import type { AstroIntegration } from 'astro';

export const placeholderOrigin = 'https://protocol-error-atlas.example';

/**
 * The warning a build gives, or undefined when there is nothing to warn about. `astro build` is the
 * production build (`astro dev` and `astro preview` serve locally, where the placeholder does no harm).
 */
export function siteOriginWarning(siteUrl: string | undefined, command: string): string | undefined {
	if (command !== 'build') return undefined;
	if (siteUrl !== undefined && siteUrl.trim() !== '' && new URL(siteUrl).origin !== placeholderOrigin) return undefined;
	return `ATLAS_SITE_URL is not set: this production build publishes ${placeholderOrigin} in every canonical URL, copied link, the sitemap and the JSON API. Set ATLAS_SITE_URL to the site's origin (README, "Deploying").`;
}

export function siteOrigin(siteUrl: string | undefined): AstroIntegration {
	return {
		name: 'atlas:site-origin',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				const warning = siteOriginWarning(siteUrl, command);
				if (warning) logger.warn(warning);
			},
		},
	};
}
