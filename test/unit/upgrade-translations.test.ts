// A production build answers Starlight's UI-string lookups once per language (src/middleware.ts,
// UPGRADING.md). These read the installed Starlight: one fails when the middleware would no longer
// see Starlight's `t`, one when Starlight keeps its strings between pages itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const starlightDist = fileURLToPath(new URL('../../node_modules/@astrojs/starlight/dist/', import.meta.url));
const readStarlight = (path: string) => readFileSync(join(starlightDist, path), 'utf8');

describe('the remembered translations still apply', () => {
	it('Starlight sets locals.t in middleware that runs before the site’s', () => {
		expect(readStarlight('locals.js'), 'Starlight no longer sets locals.t in its middleware').toMatch(/context\.locals\.t = useTranslations\(/);
		expect(readStarlight('index.js'), 'Starlight’s middleware no longer runs first (order: "pre")').toMatch(/addMiddleware\(\{[^}]*order: "pre"/);
	});

	it('Starlight’s t still has the shape the wrapper keeps: a function with all, exists and dir', () => {
		const system = readStarlight('utils/createTranslationSystem.js');
		for (const part of ['i18n.getFixedT(lang', 't.all = ', 't.exists = ', 't.dir = ']) expect(system, `Starlight's t no longer has ${part}`).toContain(part);
	});
});

describe('the remembered translations are still needed', () => {
	it('Starlight still makes a new t for every page', () => {
		const system = readStarlight('utils/createTranslationSystem.js');
		expect(system, 'Starlight now keeps its t between pages: drop src/middleware.ts (UPGRADING.md)').toMatch(/return \(lang\) => \{\s*lang \?\?=[^]*?const t = i18n\.getFixedT/);
	});
});
