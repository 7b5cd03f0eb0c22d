/**
 * Canonical URL slugs. A slug is derived from the code the source writes, never chosen by hand, so a
 * code's URL can be worked out from the code alone and stays the same for as long as the code exists.
 */
import type { Kind } from './kinds';

/**
 * M2M mixes Rust variants, reason codes and HTTP statuses, and some names recur across them
 * (`TIMEOUT` is a closure reason, `InvalidKey` an AEAD and an HMAC error), so an M2M slug starts with
 * the namespace the code lives in. Crypto variants use their own error type (`AeadError::…`).
 */
const m2mPrefixes: Partial<Record<Kind, string>> = {
	'error-variant': 'm2merror',
	'rejection-code': 'reject',
	'closure-code': 'close',
	'threat-type': 'threat',
	'http-status': 'http',
	'proxy-error-code': 'proxy',
};

export function canonicalSlug(protocol: string, code: string, kind: Kind): string {
	if (protocol !== 'm2m') return code.toLowerCase();
	if (kind === 'crypto-error-variant') return code.replace('::', '-').toLowerCase();
	const prefix = m2mPrefixes[kind];
	if (prefix === undefined) {
		throw new Error(`M2M has no slug scheme for codes of kind "${kind}"`);
	}
	return `${prefix}-${code.toLowerCase()}`;
}

/** The site path of a code's page, with the trailing slash the site always uses. */
export function codePath(protocol: string, slug: string): string {
	return `/${protocol}/${slug}/`;
}
