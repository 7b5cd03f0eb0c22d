/**
 * The body of a pair page (/compare/<p1>/<s1>/<p2>/<s2>/): two equivalent codes side by side, row by
 * row: why they are compared, meaning, causes, what to do now, the source's steps and how each reaches
 * the application. Each cell names its code, so that the rows still read when the two columns stack on
 * a narrow screen. No script: it is all in the HTML.
 *
 * A pure function of the page's model, not an Astro component, so that the render workers can put a
 * pair page together from its frame and this body without running Astro's page machinery for each of
 * thousands of pairs (src/integrations/render-worker.mjs); the page's route renders the same string.
 * Every text from the content is escaped (escapeHtml, inlineCode): the only tags are these.
 */
import { lostLabels, originOf, retryLabels, whoActsLine } from '../action';
import { escapeHtml, inlineCode } from '../inline';
import { relationMarks, type Relation } from '../relations';
import { compactJudgementMark } from '../site-judgement';
import type { PairPage, PairSide } from './pair-page';

const relationWords = (relation: Relation) => (relation === 'exact' ? 'means it' : relationMarks[relation].description);

/** A list joined with a separator between its items. */
const joined = <T>(items: readonly T[], separator: string, each: (item: T) => string) => items.map(each).join(separator);

function head(side: PairSide): string {
	const { data } = side.entry;
	const retired = data.retired ? `<p class="pair-note"><strong>Retired:</strong> <span>${inlineCode(data.retired.reason)}</span></p>` : '';
	return (
		`<div class="pair-cell pair-head"><p class="pair-label">${escapeHtml(`${side.protocolName} · ${side.kindLabel}`)}</p>` +
		`<p class="pair-code"><a href="${escapeHtml(side.path)}"><code>${escapeHtml(data.code)}</code> <span class="pair-name">${escapeHtml(data.name)}</span></a></p>` +
		`<p>${inlineCode(data.summary)}</p>${retired}</div>`
	);
}

function why(page: PairPage): string {
	const items = page.shared.map((item) => {
		const link = `<a href="/compare/${escapeHtml(item.concept.id)}/">${escapeHtml(item.concept.name)}</a>: `;
		if (item.exact) {
			return `<li>${link}<span class="relation relation-exact"><span aria-hidden="true">${relationMarks.exact.symbol}</span> both codes mean it</span>, so they are equivalent.</li>`;
		}
		const links = item.links.map((conceptLink, at) => {
			const caveat = conceptLink.caveat ? `: <span>${inlineCode(conceptLink.caveat)}</span>` : '';
			return (
				`${escapeHtml(page.sides[at]!.label)} <span class="relation relation-${conceptLink.relation}">` +
				`<span aria-hidden="true">${relationMarks[conceptLink.relation].symbol}</span> ${escapeHtml(relationWords(conceptLink.relation))}</span>${caveat}`
			);
		});
		return `<li>${link}${links.join('; ')}</li>`;
	});
	return `<ul class="pair-shared">${items.join('')}</ul>`;
}

/** One row: its heading and a cell per code. */
function row(page: PairPage, slug: string, cell: (side: PairSide) => string): string {
	const text = page.headings.find((heading) => heading.slug === slug)?.text ?? '';
	const cells = page.sides.map((side) => `<div class="pair-cell"><p class="pair-label">${escapeHtml(side.label)}</p>${cell(side)}</div>`);
	return `<section class="pair-section" aria-labelledby="${slug}"><h2 id="${slug}">${escapeHtml(text)}</h2><div class="pair-row">${cells.join('')}</div></section>`;
}

function whatToDo({ entry: { data } }: PairSide): string {
	const { action } = data;
	const mark = (field: 'retry' | 'actor' | 'lost') => (originOf(action, field) === 'site' ? ` ${compactJudgementMark(action.basis)}` : '');
	const first = `<p class="first-step"><span>${inlineCode(action.first)}</span>${action.stated.length === 0 ? ` ${compactJudgementMark(action.basis)}` : ''}</p>`;
	const facts =
		`<dl class="action-facts">` +
		`<div class="retry-${action.retry}"><dt>Retry?</dt><dd>${escapeHtml(retryLabels[action.retry])}${mark('retry')}</dd></div>` +
		`<div><dt>Who acts</dt><dd>${escapeHtml(whoActsLine(action.actor))}${mark('actor')}</dd></div>` +
		`<div><dt>What is lost</dt><dd>${escapeHtml(lostLabels[action.lost])}${mark('lost')}</dd></div>` +
		`</dl>`;
	const quote = action.sourceSays ? `<p class="pair-quote">The source says: <q>${inlineCode(action.sourceSays)}</q></p>` : '';
	const byCause = action.byCause.length > 0 ? '<p class="pair-note">This is the most common case; the answer depends on the cause (see the code’s page).</p>' : '';
	return first + facts + quote + byCause;
}

function steps({ entry: { data } }: PairSide): string {
	if (!data.actions) return '<p class="pair-none">The source gives no steps for this code.</p>';
	const list = data.actions.ordered ? 'ol' : 'ul';
	return `<p class="pair-sublabel">${escapeHtml(data.actions.label)}</p><${list}>${joined(data.actions.steps, '', (step) => `<li>${inlineCode(step)}</li>`)}</${list}>`;
}

function delivery(side: PairSide): string {
	const { data } = side.entry;
	const signature = data.signature ? ` <code>${escapeHtml(data.signature)}</code>` : '';
	const endpoint = data.endpoint ? `, on <code>${escapeHtml(data.endpoint)}</code>` : '';
	const carriers = side.carriers.map((carrier) => {
		const fields = carrier.fields.length > 0 ? `<p class="pair-fields">Fields: ${joined(carrier.fields, ', ', (field) => `<code>${escapeHtml(field.name)}</code>${field.optional ? ' (optional)' : ''}`)}</p>` : '';
		return `<p class="pair-sublabel">${escapeHtml(carrier.name)}</p><p>${inlineCode(carrier.description)}</p>${fields}`;
	});
	const fields =
		data.fields.length > 0
			? `<p class="pair-fields">This code carries: ${joined(data.fields, ', ', (field) => `<code>${escapeHtml(field.name)}</code>${field.type ? ` (${escapeHtml(field.type)})` : ''}`)}</p>`
			: '';
	const reasons = data.reasonCodes.length > 0 ? `<p class="pair-fields">Reason values: ${joined(data.reasonCodes, ', ', (reason) => `<code>${escapeHtml(reason.value)}</code>`)}</p>` : '';
	return `<p>${escapeHtml(side.kindLabel)}${signature}${endpoint}</p>${carriers.join('')}${fields}${reasons}`;
}

/** The pair page's body, everything inside Starlight's content column below the title. */
export function pairBodyHtml(page: PairPage): string {
	const { sides, shared } = page;
	const firstConcept = shared[0]?.concept;
	const crumbs =
		`<nav class="crumbs" aria-label="Breadcrumb" data-pagefind-ignore><ol><li><a href="/compare/">Compare protocols</a></li>` +
		(firstConcept ? `<li><a href="/compare/${escapeHtml(firstConcept.id)}/">${escapeHtml(firstConcept.name)}</a></li>` : '') +
		`</ol></nav>`;
	const heads = `<div class="pair-row pair-heads">${sides.map(head).join('')}</div>`;
	const whyText = page.headings.find((heading) => heading.slug === 'why-compared')?.text ?? '';
	const whySection =
		`<section class="pair-section pair-why" aria-labelledby="why-compared"><h2 id="why-compared">${escapeHtml(whyText)}</h2>${why(page)}` +
		`<p class="judgement-note"><span aria-hidden="true">◆</span> That the two codes mean the same concept is this site’s judgement, not the protocols’ documents’. ` +
		`Each code’s meaning, causes and steps below come from its own protocol’s document.</p></section>`;
	const causes = (side: PairSide) =>
		side.entry.data.causes.length > 0 ? `<ul>${joined(side.entry.data.causes, '', (cause) => `<li>${inlineCode(cause)}</li>`)}</ul>` : '<p class="pair-none">No causes listed.</p>';
	const sources =
		`<p class="source-note">Sources: ${joined(sides, '; ', (side) => `${escapeHtml(side.protocolName)}, <em>${escapeHtml(side.sourceTitle)}</em>`)}. The full entries: ` +
		`${joined(sides, ' and ', (side) => `<a href="${escapeHtml(side.path)}">${escapeHtml(`${side.label} ${side.entry.data.name}`)}</a>`)}.</p>`;
	return [
		crumbs,
		heads,
		whySection,
		row(page, 'meaning', (side) => `<p>${inlineCode(side.entry.data.meaning)}</p>`),
		row(page, 'causes', causes),
		row(page, 'what-to-do-now', whatToDo),
		row(page, 'steps', steps),
		row(page, 'delivery', delivery),
		sources,
	].join('');
}
