// A small catalogue in memory, run through the real schemas so that every default is filled in as the site's loader fills it.
import { conceptSchema } from '../../../src/schemas/concept';
import { errorEntrySchema } from '../../../src/schemas/error-entry';
import { printedSchema } from '../../../src/schemas/printed';
import { protocolSchema } from '../../../src/schemas/protocol';
import type { ConceptItem, ErrorItem, PrintedItem, ProtocolItem } from '../../../src/lib/pages/collections';

export function protocol(id: string, name: string, order: number, categories: string[] = ['general']): ProtocolItem {
	return {
		id,
		data: protocolSchema.parse({
			name,
			order,
			description: `${name} carries messages.`,
			codeFormat: { description: 'A number.', pattern: '[A-Z0-9]+', examples: ['1'] },
			categories: categories.map((category) => ({ id: category, name: `${category} errors`, strategy: `Handle ${category}.` })),
			delivery: [{ name: 'Error frame', description: 'Sent on failure.' }],
			source: { title: `${name} specification`, description: 'The document.' },
		}),
	};
}

export function concept(id: string, name: string, order: number, body = ''): ConceptItem {
	return { id, body, data: conceptSchema.parse({ name, order, definition: `${name} happened.`, recovery: 'Try again.' }) };
}

/** A code with only what every code has; `extra` adds or overrides front-matter fields. */
/** `concepts` may be given as ids, each then an exact link. */
export function code(protocolId: string, codeValue: string, extra: Record<string, unknown> = {}): ErrorItem {
	const concepts = Array.isArray(extra['concepts']) ? (extra['concepts'] as unknown[]).map((link) => (typeof link === 'string' ? { id: link, relation: 'exact' } : link)) : [];
	return {
		id: `${protocolId}/${codeValue.toLowerCase()}`,
		digest: `${protocolId}-${codeValue}`,
		data: errorEntrySchema.parse({
			code: codeValue,
			name: `Error ${codeValue}`,
			kind: 'error-code',
			categories: ['general'],
			summary: `Code ${codeValue} failed.`,
			meaning: `Code ${codeValue} means failure.`,
			action: { retry: 'now', actor: ['caller'], lost: 'message', first: 'Send it again.', stated: ['retry', 'actor', 'lost'] },
			...extra,
			concepts,
		}),
	};
}

export function printed(protocolId: string, codes: string[]): PrintedItem {
	return {
		id: protocolId,
		data: printedSchema.parse({
			implementation: { name: 'impl', version: '1.0', language: 'Rust', repository: 'owner/impl', commit: 'a'.repeat(40) },
			shapes: codes.map((codeValue) => ({ code: codeValue, form: 'display', text: `failed ${codeValue}`, source: 'src/lib.rs:1' })),
		}),
	};
}
