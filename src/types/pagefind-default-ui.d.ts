// Pagefind's UI ships without types; this is the part of it the site touches.
declare module '@pagefind/default-ui' {
	export interface PagefindUIOptions {
		element: string | Element;
		/** Rewrites what the reader typed before it is searched. */
		processTerm?: (term: string) => string;
		/** Changes a result's data before it is shown: returns it, or changes it in place. */
		processResult?: (result: PagefindResultData) => PagefindResultData | void;
		[option: string]: unknown;
	}
	/** A result's data as the UI shows it: the part the site reads. */
	export interface PagefindResultData {
		url: string;
		meta: Record<string, string | undefined>;
		[field: string]: unknown;
	}
	export class PagefindUI {
		constructor(options: PagefindUIOptions);
	}
}
