/**
 * Reads what a program printed the way a person does: past the log prefix (timestamps, level,
 * logger name), to the last line of a Python traceback, into a Rust Display chain. Pure; used by
 * the resolver at build time, in tests and in the browser.
 */

/** How many lines of a paste are read one by one; a longer paste is read from its end, where tracebacks end. */
export const maxLinesRead = 60;
/** How much of one line is read. */
export const maxLineLength = 2_000;

export interface OutputLine {
	/** The line as pasted (cut to `maxLineLength`). */
	raw: string;
	/** The line without its log prefix. */
	message: string;
	/** The logger or module name in the prefix, e.g. `STT.seigr_toolset_transmissions.core.node` or `m2m::server`. */
	logger: string | undefined;
	/** The exception class when the line is `pkg.module.ClassName: message` or `ClassName: message`. */
	exception: string | undefined;
}

const timestamp =
	/^(?:\d{2,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?|[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2})(?=[\s\]|,-]|$)/;
const level = /^(?:CRITICAL|FATAL|ERROR|ERR|WARNING|WARN|INFO|DEBUG|TRACE|E|W|I)(?=[\s:\]|]|$)/;
const bracketed = /^\[[^\]\n]{1,80}\]/;
/** A logger or module path followed by a separator: `STT.pkg.core.node - `, `m2m::server: `, `twampy:`. */
const loggerName = /^([A-Za-z_][\w]*(?:(?:\.|::)[A-Za-z_][\w]*)+|[a-z_][\w]*)(?=\s*(?:-|:|\|)\s|:(?=\S))/;
const separator = /^(?:\s+|-(?=\s)|\|(?=\s)|:|,(?=\s))/;
const exceptionLine = /^((?:[A-Za-z_]\w*\.)*([A-Z]\w*(?:Error|Exception|Failure|Warning|Timeout|Exit|Interrupt)))(?::\s*(.*))?$/;

/** Strips a log line's prefix, part by part, as long as the parts look like a prefix. */
export function stripLogPrefix(line: string): { message: string; logger: string | undefined } {
	let rest = line;
	let logger: string | undefined;
	let sawLevel = false;
	let sawPrefix = false;
	for (let step = 0; step < 12; step += 1) {
		const before = rest;
		rest = rest.replace(/^\s+/, '');
		const time = timestamp.exec(rest);
		const bracket = bracketed.exec(rest);
		const lvl = sawLevel ? null : level.exec(rest);
		if (time) {
			rest = rest.slice(time[0].length);
			sawPrefix = true;
		} else if (bracket) {
			rest = rest.slice(bracket[0].length);
			sawPrefix = true;
		} else if (lvl && (sawPrefix || lvl[0].length > 1)) {
			// A level word only counts as a prefix where a message follows it.
			const after = rest.slice(lvl[0].length);
			if (!/^\s*[:|-]?\s*\S/.test(after)) break;
			rest = after;
			sawLevel = true;
			sawPrefix = true;
		} else if (sawPrefix && /^[-|:,]/.test(rest)) {
			const sep = separator.exec(rest);
			if (!sep) break;
			rest = rest.slice(sep[0].length);
		} else if (sawPrefix && !logger) {
			const name = loggerName.exec(rest);
			if (!name || exceptionLine.test(rest.split(/\s/)[0]!.replace(/:$/, ''))) break;
			logger = name[1];
			rest = rest.slice(name[0].length);
		} else break;
		if (rest === before) break;
	}
	rest = rest.replace(/^[\s:|*-]+(?=\S)/, (match) => (sawPrefix ? '' : match));
	return { message: rest.trim(), logger };
}

/** The lines of a paste worth reading, each without its prefix; a traceback's last line comes first. */
export function readOutput(text: string): OutputLine[] {
	const lines = text
		.split(/\r?\n/)
		.map((line) => line.slice(0, maxLineLength))
		.filter((line) => line.trim() !== '');
	const chosen = lines.length > maxLinesRead ? lines.slice(-maxLinesRead) : lines;
	const read = chosen.map((raw) => {
		const { message, logger } = stripLogPrefix(raw);
		const exception = exceptionLine.exec(message);
		return { raw, message, logger, exception: exception?.[2] };
	});
	// In a traceback the exception is the last line, and the frames above it name only files and code.
	const traceback = lines.some((line) => line.startsWith('Traceback (most recent call last)'));
	if (traceback) {
		const last = [...read].reverse().find((line) => line.exception !== undefined);
		if (last) return [last, ...read.filter((line) => line !== last && !/^\s+(?:File "|\S)/.test(line.raw))];
	}
	return read;
}

/** The module path an exception or logger name carries (`seigr_toolset_transmissions`, `m2m`), lower-cased words. */
export function namespaceWords(line: OutputLine): string[] {
	const words = new Set<string>();
	for (const name of [line.logger, /^((?:[A-Za-z_]\w*\.)+)[A-Z]\w*(?:Error|Exception)/.exec(line.message)?.[1]]) {
		if (!name) continue;
		for (const word of name.toLowerCase().split(/[^a-z0-9_]+/)) if (word) words.add(word);
	}
	return [...words];
}
