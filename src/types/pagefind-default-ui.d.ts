// Pagefind's UI ships without types; this is the part of it the site touches.
declare module '@pagefind/default-ui' {
	export interface PagefindUIOptions {
		element: string | Element;
		/** Rewrites what the reader typed before it is searched. */
		processTerm?: (term: string) => string;
		[option: string]: unknown;
	}
	export class PagefindUI {
		constructor(options: PagefindUIOptions);
	}
}
