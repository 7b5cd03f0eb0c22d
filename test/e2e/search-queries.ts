/**
 * The search-quality table: what people type, and the page that must come back.
 * `exact` marks a code typed as a source writes it: it must be the first hit, every time.
 * Other queries (name fragments, words from a meaning) must find their page within the top `within`.
 */
export interface SearchCase {
	query: string;
	expect: string;
	within: 1 | 3;
	exact: boolean;
	filters?: Record<string, string>;
}

const exact = (query: string, expect: string, filters?: Record<string, string>): SearchCase => ({ query, expect, within: 1, exact: true, ...(filters ? { filters } : {}) });
const top3 = (query: string, expect: string): SearchCase => ({ query, expect, within: 3, exact: false });
const first = (query: string, expect: string): SearchCase => ({ query, expect, within: 1, exact: false });

export const searchCases: SearchCase[] = [
	// Codes exactly as the sources write them.
	exact('0x0101', '/stt/0x0101/'),
	exact('0x0405_01', '/stt/0x0405_01/'),
	exact('0x0405', '/stt/0x0405/'),
	exact('0x0603', '/stt/0x0603/'),
	exact('1001', '/dtp/1001/'),
	exact('2001', '/dtp/2001/'),
	exact('8002', '/dtp/8002/'),
	exact('3', '/twamp/3/', { Protocol: 'TWAMP' }),
	exact('5', '/twamp/5/', { Protocol: 'TWAMP' }),
	exact('invalid_ndjson', '/open-stream/invalid_ndjson/'),
	exact('rx_buf_overflow', '/open-stream/rx_buf_overflow/'),
	exact('nothing_to_stop', '/open-stream/nothing_to_stop/'),
	exact('SessionNotEstablished', '/m2m/m2merror-sessionnotestablished/'),
	exact('SessionExpired', '/m2m/m2merror-sessionexpired/'),
	exact('DecryptionFailed', '/m2m/aeaderror-decryptionfailed/'),
	exact('AeadError::DecryptionFailed', '/m2m/aeaderror-decryptionfailed/'),
	exact('KeyExchangeError::InvalidPublicKey', '/m2m/keyexchangeerror-invalidpublickey/'),
	exact('CONNECTION_TIMEOUT', '/stt/0x0101/'),
	exact('FLOW_CONTROL_VIOLATION', '/stt/0x0304/'),
	exact('DAG_CYCLE_DETECTED', '/dtp/4001/'),
	exact('OBSERVER_WRITE_DENIED', '/dtp/8002/'),
	exact('HTTP 429', '/m2m/http-429/'),
	exact('PROMPT_INJECTION', '/m2m/threat-prompt_injection/'),
	exact('NO_COMMON_ALGORITHM', '/m2m/reject-no_common_algorithm/'),
	exact('SECURITY_VIOLATION', '/m2m/proxy-security_violation/'),
	// Name fragments: a code page first, before any overview.
	first('timeout', '/m2m/close-timeout/'),
	top3('overflow', '/stt/0x0602/'),
	top3('overflow', '/open-stream/rx_buf_overflow/'),
	top3('handshake', '/stt/0x0405/'),
	top3('jailbreak', '/m2m/threat-jailbreak/'),
	top3('tokenizer', '/m2m/m2merror-tokenizer/'),
	top3('checksum', '/stt/0x0403/'),
	// Words from a meaning.
	top3('dag cycle', '/dtp/4001/'),
	top3('nonce reuse', '/stt/0x0405_01/'),
	top3('authentication tag mismatch', '/m2m/aeaderror-decryptionfailed/'),
	top3('wrong seed', '/stt/0x0103/'),
	top3('keep-alive timeout', '/stt/0x0202/'),
	top3('observer', '/dtp/8002/'),
	top3('payload too large', '/m2m/http-413/'),
	top3('rate limit exceeded', '/m2m/http-429/'),
	top3('unauthenticated mode', '/twamp/3/'),
	top3('temporary resource limitation', '/twamp/5/'),
	top3('key not ready', '/dtp/2002/'),
	top3('version incompatible', '/dtp/7001/'),
	top3('port forwarding', '/stt/0x0102/'),
	top3('certificate expired', '/stt/0x0504/'),
	top3('zero-length key', '/m2m/keyerror-empty/'),
	top3('invalid characters in id', '/m2m/iderror-invalidchars/'),
	top3('json depth', '/m2m/threat-excessive_nesting/'),
	top3('period_ms', '/open-stream/invalid_period/'),
];
