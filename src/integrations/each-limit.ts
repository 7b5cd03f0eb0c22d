/**
 * Runs `work` on every item with at most `limit` running at once. After the build the CSP step reads
 * every page Astro wrote (19,494 at 10,000 codes); one at a time, it would wait on the disk for each.
 */
export async function eachLimit<T>(items: Iterable<T>, limit: number, work: (item: T) => Promise<void>): Promise<void> {
	const iterator = items[Symbol.iterator]();
	const worker = async () => {
		for (let next = iterator.next(); !next.done; next = iterator.next()) await work(next.value);
	};
	await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
}
