/**
 * The ◆ mark of a statement that is this site's judgement rather than the protocol document's
 * (src/components/SiteJudgement.astro draws it in a page; the pair pages' body, a string, uses the
 * compact mark directly).
 */
import { escapeHtml } from './inline';

/** What the mark says on hover: what the judgement rests on, when it is known. */
export function judgementTitle(basis: string | undefined): string {
	return basis ? `Site's judgement: ${basis}` : "This site's judgement, not the source's";
}

/** The compact mark, for tight cells: only the ◆, its words kept for screen readers. */
export function compactJudgementMark(basis: string | undefined): string {
	return `<span class="site-judgement compact" title="${escapeHtml(judgementTitle(basis))}"><a href="/guides/reading-an-entry/#site-judgement"><span aria-hidden="true">◆</span><span class="sr-only">site’s judgement</span></a></span>`;
}
