// A code's slug comes from its code and the rule its protocol declares (`slugs` in
// content/protocols/<id>.md); the corpus check compares every file name with it.
import { describe, expect, it } from 'vitest';
import { canonicalSlug } from '../../src/lib/slug';
import type { SlugRule } from '../../src/schemas/protocol';

const namespaced: SlugRule = { namespaces: { 'error-variant': 'demoerror', 'crypto-error-variant': { qualifiedBy: '::' } } };

describe('canonicalSlug', () => {
	it('lower-cases the code when the protocol declares no rule', () => {
		expect(canonicalSlug('0x0A01', 'error-code')).toBe('0x0a01');
		expect(canonicalSlug('BAD_DATA', 'error-code')).toBe('bad_data');
	});

	it('starts the slug with the namespace its kind declares', () => {
		expect(canonicalSlug('SessionExpired', 'error-variant', namespaced)).toBe('demoerror-sessionexpired');
	});

	it("turns a code's own namespace separator into a hyphen", () => {
		expect(canonicalSlug('AeadError::DecryptionFailed', 'crypto-error-variant', namespaced)).toBe('aeaderror-decryptionfailed');
	});

	it('refuses a kind the rule gives no namespace, and a code that lacks the namespace it should carry', () => {
		expect(() => canonicalSlug('TIMEOUT', 'closure-code', namespaced)).toThrowErrorMatchingInlineSnapshot(`[Error: expected the protocol's slugs.namespaces to name a namespace for codes of kind "closure-code" (it names error-variant, crypto-error-variant); found none]`);
		expect(() => canonicalSlug('DecryptionFailed', 'crypto-error-variant', namespaced)).toThrowErrorMatchingInlineSnapshot(`[Error: expected a crypto-error-variant code qualified by its namespace, "<Namespace>::<Name>"; found "DecryptionFailed"]`);
	});
});
