/** One page of each type the site has, for the checks that run on every type (axe, CSP). */
export const pageTypes: Record<string, string> = {
	home: '/',
	protocol: '/stt/',
	code: '/m2m/aeaderror-decryptionfailed/',
	'sub-code': '/stt/0x0405_01/',
	compare: '/compare/',
	concept: '/compare/version-mismatch/',
	'two codes side by side': '/compare/stt/0x0105/dtp/7001/',
	'all codes': '/codes/',
	// With rows fetched from the protocol's shard.
	'all codes, one protocol': '/codes/?protocol=m2m',
	'triage, one protocol': '/triage/?protocol=m2m',
	lookup: '/lookup/',
	guide: '/guides/linking/',
	'404': '/no-such-page/',
};
