/**
 * Reads a script's command line with Node's `util.parseArgs`. `--help` prints the usage; an unknown
 * option, a missing value or a value the script cannot use stops it with one line saying which, then
 * the usage, and exit status 2, before any work starts.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A value that parses but that the script cannot use, e.g. `--runs 0`. */
export class UsageError extends Error {}

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** parseArgs throws TypeErrors with an `ERR_PARSE_ARGS_…` code for what it rejects itself. */
function isParseArgsError(error: unknown): error is Error {
	return error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_');
}

/** Parses the command line with `config` (strict unless it says otherwise) and hands the result to `read`. */
export function readCommandLine<T extends ParseArgsConfig, R>(usage: string, config: T, read: (parsed: Parsed<T>) => R): R {
	const args = config.args ?? process.argv.slice(2);
	if (args.includes('--help') || args.includes('-h')) {
		console.log(usage);
		process.exit(0);
	}
	try {
		return read(parseArgs(config));
	} catch (error) {
		if (!(error instanceof UsageError || isParseArgsError(error))) throw error;
		console.error(`${error.message}\n\n${usage}`);
		process.exit(2);
	}
}

/** A whole number of at least `least`, from an option's text; `undefined` when the option was left out. */
export function wholeNumber(name: string, text: string | undefined, least: number): number | undefined {
	if (text === undefined) return undefined;
	const value = Number(text);
	if (text.trim() === '' || !Number.isInteger(value) || value < least) throw new UsageError(`--${name} needs a whole number, ${least} or more (got "${text}")`);
	return value;
}
