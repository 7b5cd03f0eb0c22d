/**
 * What to do now, in words and by situation: labels for `action` values, who says each one, and the
 * situations `/triage/` starts from. Pure; the pages, the tables, the API and the tests share it.
 */
import type { Action, Actor, Lost, Retry } from '../schemas/action';
import { actorValues, lostValues, retryValues } from '../schemas/action';

export { actorValues, lostValues, retryValues };
export type { Action, Actor, Lost, Retry };

export const retryLabels: Record<Retry, string> = {
	now: 'Retry now',
	backoff: 'Retry after a delay',
	'after-fix': 'Only after a fix',
	never: 'Never',
	none: 'Not an error',
};

/** One short line a table cell can hold. */
export const retryShort: Record<Retry, string> = {
	now: 'now',
	backoff: 'after a delay',
	'after-fix': 'after a fix',
	never: 'never',
	none: 'not an error',
};

export const actorLabels: Record<Actor, string> = {
	none: 'No one (handled for you)',
	caller: 'The caller',
	operator: 'The operator',
	peer: 'The other side',
};

export const actorShort: Record<Actor, string> = { none: 'no one', caller: 'caller', operator: 'operator', peer: 'peer' };

export const lostLabels: Record<Lost, string> = {
	nothing: 'Nothing',
	message: 'This message',
	stream: 'The stream',
	session: 'The session',
	connection: 'The connection',
};

/** Who says a value: the source, or the site's judgement. */
export function originOf(action: Action, field: 'retry' | 'actor' | 'lost'): 'source' | 'site' {
	return action.stated.includes(field) ? 'source' : 'site';
}

/** The actors in words: `the caller or the operator`. */
export function actorsInWords(actors: readonly Actor[]): string {
	const words = actors.map((actor) => actorLabels[actor].replace(/^The /, 'the '));
	return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** Who has to act, in words: `the caller or the operator`, or `no one: it is handled for you`. */
export function whoActsInWords(actors: readonly Actor[]): string {
	return actors.includes('none') ? 'no one: it is handled for you' : actorsInWords(actors);
}

/** Who has to act, as it opens a line: `The caller or the operator`, `No one: it is handled for you`. */
export function whoActsLine(actors: readonly Actor[]): string {
	const words = whoActsInWords(actors);
	return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** A reader's situation, as `/triage/` lists them. */
export interface Situation {
	id: string;
	title: string;
	description: string;
	matches: (action: Action) => boolean;
}

export const situations: readonly Situation[] = [
	{
		id: 'retry-now',
		title: 'It may pass if I try again now',
		description: 'Retrying as it is can succeed at once.',
		matches: (action) => action.retry === 'now',
	},
	{
		id: 'retry-later',
		title: 'It may pass if I try again after a delay',
		description: 'Back off, then retry: the condition is expected to clear by itself.',
		matches: (action) => action.retry === 'backoff',
	},
	{
		id: 'change',
		title: 'I must change something',
		description: 'It succeeds only after the caller’s request or code, or the operator’s configuration, keys or capacity, change.',
		matches: (action) => action.retry === 'after-fix' && action.actor.some((actor) => actor === 'caller' || actor === 'operator'),
	},
	{
		id: 'peer',
		title: 'The other side must change',
		description: 'The peer has to fix, upgrade or reconfigure something before this can succeed.',
		matches: (action) => (action.retry === 'after-fix' || action.retry === 'never') && action.actor.includes('peer'),
	},
	{
		id: 'never',
		title: 'It will never pass',
		description: 'This request or this data will never succeed: drop it, or report it.',
		matches: (action) => action.retry === 'never',
	},
	{
		id: 'not-an-error',
		title: 'Not an error',
		description: 'Success, or a normal close.',
		matches: (action) => action.retry === 'none',
	},
];

/** The situations one action belongs to (one or more; every action has at least one). */
export function situationsOf(action: Action): Situation[] {
	const found = situations.filter((situation) => situation.matches(action));
	// An after-fix that only the protocol itself can clear still needs someone: count it as a change.
	return found.length > 0 ? found : situations.filter((situation) => situation.id === 'change');
}

/** One situation of `/triage/` with its codes, every protocol in order. */
export interface TriageGroup<E> {
	situation: Situation;
	entries: E[];
}

/** The codes of each situation, in the order given (a code may stand in two situations). Pure. */
export function triageGroups<E extends { data: { action: Action } }>(entries: readonly E[]): TriageGroup<E>[] {
	const groups = situations.map((situation) => ({ situation, entries: [] as E[] }));
	for (const entry of entries) {
		for (const situation of situationsOf(entry.data.action)) groups.find((group) => group.situation === situation)!.entries.push(entry);
	}
	return groups;
}
