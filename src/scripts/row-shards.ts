/**
 * Rows a page holds only the first of, with the rest in one JSON shard per protocol (`data-shards` on
 * the page: protocol id → URL). A shard is fetched once, when a view first needs it; one that failed is
 * fetched again the next time. Used by /codes/ (src/scripts/code-table.ts) and /triage/
 * (src/scripts/triage.ts).
 */
export interface RowShardsOptions<Shard> {
	/** protocol id → the URL of its shard */
	urls: Record<string, string>;
	/** Puts a shard's rows into the page. */
	take: (shard: Shard) => void;
	/** The protocols whose rows the view the reader asks for now needs. */
	needed: () => string[];
	/** Shows the view with the rows at hand. */
	show: () => void;
	/** Marked `aria-busy` while rows are on their way. */
	busy: HTMLElement;
	/** Says "Fetching the codes…" meanwhile, and `failed` when a shard could not be fetched. */
	count: HTMLElement | null;
	failed: (said: string) => string;
}

/** Returns `update`: shows the view at once when its rows are here, else once they have arrived. */
export function rowShards<Shard>(options: RowShardsOptions<Shard>): { update: () => void; loaded: ReadonlySet<string> } {
	const loaded = new Set<string>();
	const fetched = new Map<string, Promise<void>>();
	let pending = 0;

	const fetchShard = (protocol: string): Promise<void> => {
		let done = fetched.get(protocol);
		if (!done) {
			const url = options.urls[protocol]!;
			done = fetch(url)
				.then((response) => {
					if (!response.ok) throw new Error(`${response.status} for ${url}`);
					return response.json() as Promise<Shard>;
				})
				.then((shard) => {
					options.take(shard);
					loaded.add(protocol);
				});
			done.catch(() => fetched.delete(protocol));
			fetched.set(protocol, done);
		}
		return done;
	};

	// Whichever fetch ends last shows the view as it is then: the reader may have changed it meanwhile.
	const update = (): void => {
		const missing = options.needed().filter((protocol) => protocol in options.urls && !loaded.has(protocol));
		if (missing.length === 0) {
			options.show();
			return;
		}
		pending += 1;
		options.busy.setAttribute('aria-busy', 'true');
		if (options.count) options.count.textContent = 'Fetching the codes…';
		Promise.all(missing.map(fetchShard)).then(
			() => {
				pending -= 1;
				update();
				if (pending === 0) options.busy.removeAttribute('aria-busy');
			},
			() => {
				pending -= 1;
				if (pending > 0) return;
				options.busy.removeAttribute('aria-busy');
				options.show();
				if (options.count) options.count.textContent = options.failed(options.count.textContent ?? '');
			},
		);
	};

	return { update, loaded };
}
