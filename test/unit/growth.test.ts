// What grows with the catalogue and what does not, page by page, read from the page models: how many
// codes each page puts in its HTML when the catalogue doubles (200 to 400 codes, the same twelve
// protocols and concepts, from the bench's generator). A page that should stay flat fails here when it
// starts listing more codes as the catalogue grows; the bench (npm run bench) weighs the same page
// types in bytes, in Chromium, at 1,000 and 10,000 codes against the 100 KB budget.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue';
import { situations } from '../../src/lib/action';
import { equivalentsShown } from '../../src/lib/compare';
import { codePages } from '../../src/lib/pages/code-page';
import { codesPage, firstScreenRows } from '../../src/lib/pages/codes';
import type { ConceptItem, ErrorItem, PrintedItem, ProtocolItem } from '../../src/lib/pages/collections';
import { compareIndexPage, matrixCellShown } from '../../src/lib/pages/compare-index';
import { conceptPages } from '../../src/lib/pages/concept-page';
import { homePage } from '../../src/lib/pages/home';
import { pairPages } from '../../src/lib/pages/pair-page';
import { protocolPages } from '../../src/lib/pages/protocol-page';
import { triagePage, triageRowsShown } from '../../src/lib/pages/triage';
import { loadCatalogue } from '../../src/lib/read-content';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'atlas-growth-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Collections {
	protocols: ProtocolItem[];
	concepts: ConceptItem[];
	errors: ErrorItem[];
	printed: PrintedItem[];
}

function collectionsOf(codes: number): Collections {
	const root = join(work, String(codes));
	generateCatalogue(root, { codes, protocols: 12, seed: 1 });
	const checked = loadCatalogue(root, projectRoot);
	return {
		protocols: [...checked.protocols].map(([id, data]) => ({ id, data })),
		concepts: [...checked.concepts].map(([id, data]) => ({ id, data })),
		errors: checked.entries.map(({ file, data }) => ({ id: `${file.protocol}/${file.stem}`, data })),
		printed: checked.printed.map((file) => ({ id: file.protocol, data: file.data })),
	};
}

const small = collectionsOf(200);
const large = collectionsOf(400);

/** How many codes each page type names in its HTML. */
const named = {
	home: (c: Collections) => homePage(c.protocols, c.errors).protocols.length,
	codes: (c: Collections) => {
		const page = codesPage(c.protocols, c.concepts, c.errors);
		return page.entries.filter(page.rows).length;
	},
	triage: (c: Collections) => {
		const page = triagePage(c.protocols, c.errors);
		return page.groups.reduce((sum, group) => sum + group.entries.filter(page.rows).length, 0);
	},
	compare: (c: Collections) => compareIndexPage(c.protocols, c.concepts, c.errors).rows.reduce((sum, row) => sum + row.cells.reduce((cells, cell) => cells + cell.shown.length, 0), 0),
	/** The most any code page names: its sub-codes, related codes, and its equivalents (a fair share per concept). */
	codePage: (c: Collections) =>
		Math.max(
			...codePages({ errors: c.errors, protocols: c.protocols, concepts: c.concepts, printed: c.printed, docs: [] }).map(
				({ props }) => props.subCodes.length + props.related.length + props.equivalents.reduce((sum, group) => sum + group.entries.length, 0),
			),
		),
	protocolPage: (c: Collections) => Math.max(...protocolPages(c.protocols, c.concepts, c.errors).map((page) => page.entries.length)),
	conceptPage: (c: Collections) => Math.max(...conceptPages(c.concepts, c.protocols, c.errors).map((page) => page.columns.reduce((sum, column) => sum + column.entries.length, 0))),
};

describe('when the catalogue doubles, from 200 to 400 codes', () => {
	it('/codes/ names the same first screenful of rows; the rest are fetched per protocol', () => {
		expect(named.codes(small)).toBe(firstScreenRows);
		expect(named.codes(large)).toBe(firstScreenRows);
	});

	it('/triage/ names the same first codes of each situation', () => {
		expect(named.triage(large)).toBe(named.triage(small));
		expect(named.triage(large)).toBeLessThanOrEqual(situations.length * triageRowsShown);
	});

	it('the home page names protocols, not codes', () => {
		expect(named.home(large)).toBe(named.home(small));
	});

	it('/compare/ fills its cells up to a bound that does not depend on the number of codes', () => {
		const bound = large.concepts.length * large.protocols.length * matrixCellShown;
		expect(named.compare(small)).toBeLessThanOrEqual(bound);
		expect(named.compare(large)).toBeLessThanOrEqual(bound);
	});

	it('a code page names at most a fair share of equivalents per concept, and its own related codes', () => {
		const concepts = Math.max(...large.errors.map((error) => error.data.concepts.length));
		expect(named.codePage(large)).toBeLessThanOrEqual(named.codePage(small) + concepts * equivalentsShown);
		expect(named.codePage(large)).toBeLessThan(100);
	});

	it('there are no more pair pages than codes: they grow with the catalogue, not with its square', () => {
		// Every concept holds dozens of codes here, so every code could be set beside dozens of others.
		const pairs = (c: Collections) => pairPages(c.protocols, c.concepts, c.errors).length;
		expect(pairs(small)).toBeLessThanOrEqual(small.errors.length);
		expect(pairs(large)).toBeLessThanOrEqual(large.errors.length);
		expect(pairs(large) / pairs(small)).toBeLessThan(2.2);
	});

	it('protocol pages and concept pages grow with the codes they list, by design', () => {
		expect(named.protocolPage(large) / named.protocolPage(small)).toBeGreaterThan(1.3);
		expect(named.conceptPage(large) / named.conceptPage(small)).toBeGreaterThan(1.3);
	});
});
