/**
 * Every spelling of a code that should lead to its page, and the key they all reduce to.
 * One module, two uses: the build emits alias pages and redirects from it, and the browser resolves
 * what a reader typed or pasted with it, so the two can never drift apart.
 */
import type { Kind } from './kinds';

/** What the resolver needs to know of one code. */
export interface CodeRef {
	protocol: string;
	code: string;
	name: string;
	slug: string;
	kind: Kind;
	/** The M2M Rust form as the source writes it, e.g. `Aead(AeadError::DecryptionFailed)`. */
	signature?: string | undefined;
	/** The parent's code, for a sub-code. */
	parent?: string | undefined;
}

/**
 * The key a spelling reduces to: lower case, letters and digits only. `CONNECTION_TIMEOUT`,
 * `connection-timeout` and `ConnectionTimeout` all become `connectiontimeout`.
 */
export function spellingKey(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Splits `SessionNotEstablished` or `SESSION_NOT_ESTABLISHED` into its lower-case words. */
export function wordsOf(identifier: string): string[] {
	return identifier
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
		.split(/[^A-Za-z0-9]+/)
		.filter(Boolean)
		.map((word) => word.toLowerCase());
}

function caseForms(identifier: string): string[] {
	const words = wordsOf(identifier);
	if (words.length === 0) return [];
	return [words.join('_'), words.join('-'), words.join('_').toUpperCase()];
}

const upperSnake = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** Numeric spellings of an STT `0xXXYY` code (or sub-code `0xXXYY_ZZ`). */
function hexForms(code: string): string[] {
	const match = /^0x([0-9a-f]{4})(?:_([0-9]{2}))?$/i.exec(code);
	if (!match) return [];
	const value = Number.parseInt(match[1]!, 16);
	const short = `0x${value.toString(16)}`;
	if (match[2] === undefined) return [short, String(value), match[1]!];
	const sub = match[2];
	return [`${code.slice(0, 6)}-${sub}`, `${short}_${sub}`, `${code.slice(0, 6)}${sub}`, `${code.slice(0, 6)}.${sub}`];
}

/**
 * The spellings of a code, the canonical slug first, then the code as written, then the forms
 * software and people commonly use. Duplicates removed; case is kept as the code writes it.
 */
export function spellingsOf(ref: CodeRef): string[] {
	const spellings: string[] = [ref.slug, ref.code];
	const { code, name, kind } = ref;
	if (upperSnake.test(name)) spellings.push(...caseForms(name));
	if (/^\d+$/.test(code)) {
		spellings.push(code.padStart(2, '0'));
		if (kind === 'error-code' && !upperSnake.test(name)) spellings.push(name, ...caseForms(name));
	}
	spellings.push(...hexForms(code));
	switch (kind) {
		case 'error-variant':
			spellings.push(`M2MError::${code}`, ...caseForms(code));
			if (ref.signature) spellings.push(ref.signature, `M2MError::${ref.signature}`);
			break;
		case 'crypto-error-variant': {
			const [errorType = '', variant = ''] = code.split('::');
			const outer = errorType.replace(/Error$/, '');
			spellings.push(variant, ...caseForms(variant), `${outer}(${code})`, `CryptoError::${outer}(${code})`, `${errorType}-${variant}`);
			if (ref.signature) spellings.push(ref.signature);
			break;
		}
		case 'http-status':
			spellings.push(`HTTP ${code}`, `http${code}`);
			break;
		case 'rejection-code':
		case 'closure-code':
		case 'threat-type':
		case 'proxy-error-code':
			spellings.push(...caseForms(code));
			break;
		default:
			if (upperSnake.test(code) || /^[a-z]+(?:_[a-z]+)+$/.test(code)) spellings.push(...caseForms(code));
	}
	return [...new Set(spellings.filter(Boolean))];
}

/** A spelling that can be a folder name on any static host and any file system. */
export function isPathSafe(spelling: string): boolean {
	return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(spelling) && !spelling.endsWith('.');
}

/** The protocol ids and their spellings in URLs and text: `open-stream`, `openstream`, `Open Stream`… */
export function protocolSpellings(id: string, name: string): string[] {
	const forms = [id, name];
	for (const text of [id, name, name.replace(/\s+protocol$/i, '')]) {
		const words = text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
		forms.push(text, words.join('-'), words.join('_'), words.join(''));
	}
	return [...new Set(forms)];
}

/** For each protocol, which codes (by slug) each spelling key belongs to. Built once per list of codes. */
const ownersCache = new WeakMap<readonly CodeRef[], Map<string, Map<string, Set<string>>>>();

function spellingOwners(refs: readonly CodeRef[]): Map<string, Map<string, Set<string>>> {
	let owners = ownersCache.get(refs);
	if (owners) return owners;
	owners = new Map();
	for (const ref of refs) {
		const protocol = owners.get(ref.protocol) ?? new Map<string, Set<string>>();
		owners.set(ref.protocol, protocol);
		for (const spelling of spellingsOf(ref)) {
			const key = spellingKey(spelling);
			const slugs = protocol.get(key) ?? new Set<string>();
			slugs.add(ref.slug);
			protocol.set(key, slugs);
		}
	}
	ownersCache.set(refs, owners);
	return owners;
}

/**
 * The spellings of a code that lead to it alone: those no other code of its protocol shares.
 * (M2M's `InvalidKey` names an AEAD and an HMAC error, so it leads to a choice, not to either page.)
 * Linear in the catalogue: the table of owners is built once per `refs` array and reused.
 */
export function uniqueSpellingsOf(ref: CodeRef, refs: readonly CodeRef[]): string[] {
	const owners = spellingOwners(refs).get(ref.protocol);
	return spellingsOf(ref).filter((spelling) => {
		const slugs = owners?.get(spellingKey(spelling));
		return slugs === undefined || [...slugs].every((slug) => slug === ref.slug);
	});
}
