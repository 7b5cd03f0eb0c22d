/** A heading as Starlight's table of contents takes it. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

export function level2(sections: readonly { slug: string; text: string }[]): Heading[] {
	return sections.map(({ slug, text }) => ({ depth: 2, slug, text }));
}
