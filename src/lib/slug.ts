/**
 * Canonical URL slugs. A slug is derived from the code the source writes, never chosen by hand, so a
 * code's URL can be worked out from the code alone and stays the same for as long as the code exists.
 * A protocol whose names recur across kinds of code declares a namespace per kind in its front matter
 * (`slugs`, see src/schemas/protocol.ts); this module applies whatever it declares.
 */
import type { Kind } from './kinds';
import type { SlugRule } from '../schemas/protocol';

/**
 * The slug of `code`, a code of `kind`, under its protocol's slug rule (none: the code lower-cased).
 * Throws when the rule gives the kind no namespace, or the code lacks the namespace it should carry.
 */
export function canonicalSlug(code: string, kind: Kind, rule?: SlugRule): string {
	if (rule === undefined) return code.toLowerCase();
	const namespace = rule.namespaces[kind];
	if (namespace === undefined) {
		const declared = Object.keys(rule.namespaces).join(', ');
		throw new Error(`expected the protocol's slugs.namespaces to name a namespace for codes of kind "${kind}" (it names ${declared}); found none`);
	}
	if (typeof namespace === 'string') return `${namespace}-${code.toLowerCase()}`;
	if (!code.includes(namespace.qualifiedBy)) {
		throw new Error(`expected a ${kind} code qualified by its namespace, "<Namespace>${namespace.qualifiedBy}<Name>"; found ${JSON.stringify(code)}`);
	}
	return code.replace(namespace.qualifiedBy, '-').toLowerCase();
}

/** The site path of a code's page, with the trailing slash the site always uses. */
export function codePath(protocol: string, slug: string): string {
	return `/${protocol}/${slug}/`;
}
