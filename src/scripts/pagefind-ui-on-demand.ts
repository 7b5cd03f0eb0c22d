/**
 * Stands in for `@pagefind/default-ui` in Starlight's search button: src/integrations/pagefind-ui-on-demand.ts
 * hands this file to Starlight's search component, and only to it, so the import below is the package
 * itself. Starlight loads Pagefind's UI as soon as any page is idle: 26 KB of gzipped JavaScript on
 * every page view, most of them by readers who arrived from a link and never search. This builds the
 * very same UI, with the options Starlight passed, once the reader shows they may search: the pointer
 * over the search button, focus on it, a touch, or the dialog opening (a click, or Ctrl/⌘ K). Opening
 * the dialog before the UI is there focuses its input as soon as it is.
 */
import type { PagefindResultData, PagefindUIOptions } from '@pagefind/default-ui';
import type { ResolverIndex } from '../lib/resolve';
import { searchRanking } from '../lib/search-ranking';
import type { searchTermsOf as SearchTermsOf } from '../lib/search-terms';
import { withoutTopic } from '../lib/search-topic';

const loadRealUi = () => import('@pagefind/default-ui');

/**
 * What reads pasted output, loaded with the resolver's index once the reader reaches for search (never
 * on a plain page view). Until both arrive, queries go through as typed.
 */
let searchTerms: typeof SearchTermsOf | undefined;
let resolverIndex: ResolverIndex | undefined;
function loadSearchTerms(): void {
	if (searchTerms) return;
	void Promise.all([
		import('../lib/search-terms'),
		fetch('/resolver-index.json').then((response) => (response.ok ? (response.json() as Promise<ResolverIndex>) : undefined)),
	])
		.then(([module, index]) => {
			searchTerms = module.searchTermsOf;
			resolverIndex = index;
		})
		.catch(() => undefined);
}

/**
 * A pasted line of program output is searched by the words of its message, without its prefix and values;
 * a result shows no tag for a guide's topic, which is there for ranking only (src/lib/search-topic.ts).
 */
function withSiteOptions(options: PagefindUIOptions): PagefindUIOptions {
	const ownTerm = options.processTerm;
	const ownResult = options.processResult;
	return {
		...options,
		processTerm: (term: string) => {
			const typed = ownTerm ? ownTerm(term) : term;
			return searchTerms ? searchTerms(typed, resolverIndex) : typed;
		},
		processResult: (result: PagefindResultData) => withoutTopic(ownResult?.(result) ?? result),
	};
}

export class PagefindUI {
	constructor(given: PagefindUIOptions) {
		// Starlight passes no ranking since the site builds its own index (src/integrations/search-index.ts).
		const options = withSiteOptions({ ranking: searchRanking, ...given });
		const host = typeof options.element === 'string' ? document.querySelector(options.element) : options.element;
		const dialog = host?.closest('dialog');
		const button = host?.closest('site-search')?.querySelector('button[data-open-modal]');
		// Not the markup Starlight renders today: build the UI now rather than never.
		if (!host || !dialog || !button) {
			void loadRealUi().then(({ PagefindUI: Real }) => new Real(options));
			return;
		}

		let built = false;
		const focusInputIfOpen = () => {
			if (!dialog.open) return;
			const input = host.querySelector<HTMLInputElement>('input');
			if (input && document.activeElement !== input) input.focus();
		};
		const build = () => {
			if (built) return;
			built = true;
			for (const type of intents) button.removeEventListener(type, build);
			openWatch.disconnect();
			loadSearchTerms();
			// The site's additions to the dialog (search-dialog.ts) load with the UI, never on a plain page view.
			void Promise.all([loadRealUi(), import('./search-dialog')]).then(([{ PagefindUI: Real }, { enhanceSearchDialog }]) => {
				new Real(options);
				enhanceSearchDialog(host);
				focusInputIfOpen();
			});
		};

		const intents = ['pointerenter', 'focus', 'touchstart'] as const;
		for (const type of intents) button.addEventListener(type, build, { passive: true });
		const openWatch = new MutationObserver(() => dialog.open && build());
		openWatch.observe(dialog, { attributes: true, attributeFilter: ['open'] });
		if (dialog.open) build();
	}
}
