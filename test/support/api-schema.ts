/** The JSON API's schema (`public/api/v1/schema.json`, or the copy in dist), compiled with Ajv for draft 2020-12. */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export type ApiDefinition = 'codesFile' | 'protocolFile' | 'codeDetail' | 'codeSummary';

export interface ApiSchema {
	/** The parsed schema document. */
	schema: Record<string, any>;
	/** A validator for one of the schema's `$defs`. */
	validatorFor(definition: ApiDefinition): ValidateFunction;
	/** A validator for the schema's root (any API document). */
	root: ValidateFunction;
}

export function loadApiSchema(file: string): ApiSchema {
	const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
	// strict: an unknown keyword or format in the schema is an error, not something silently ignored.
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	addFormats(ajv);
	ajv.addSchema(schema, 'atlas-api');
	const validators = new Map<ApiDefinition, ValidateFunction>();
	return {
		schema,
		root: ajv.getSchema('atlas-api')!,
		validatorFor(definition) {
			let validate = validators.get(definition);
			if (!validate) {
				validate = ajv.getSchema(`atlas-api#/$defs/${definition}`);
				if (!validate) throw new Error(`the API schema has no $defs/${definition}`);
				validators.set(definition, validate);
			}
			return validate;
		},
	};
}

/** Ajv's errors as lines a failing assertion can show. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
	return (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`);
}
