/** Every kind of code the catalogue holds, with the label readers see. Free of zod, so the browser can use it. */
export const kindLabels = {
	'error-code': 'Error code',
	'sub-code': 'Sub-code',
	'error-variant': 'Error variant',
	'crypto-error-variant': 'Crypto error variant',
	'rejection-code': 'Session rejection code',
	'closure-code': 'Closure reason code',
	'threat-type': 'Security threat type',
	'http-status': 'HTTP status',
	'proxy-error-code': 'Proxy error code',
} as const;

export type Kind = keyof typeof kindLabels;
