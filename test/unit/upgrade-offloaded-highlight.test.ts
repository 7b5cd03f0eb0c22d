// The Markdown's code blocks are highlighted on a thread of their own (UPGRADING.md, section 10). These
// read the installed Markdown processor: some fail when the offloaded plugin would no longer stand
// where Astro's own did, one when Astro's processor highlights off its thread itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as satteri from '@astrojs/markdown-satteri';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const processor = readFileSync(join(projectRoot, 'node_modules/@astrojs/markdown-satteri/dist/satteri-processor.js'), 'utf8');

describe('the offloaded plugin stands where Astro’s own highlighting did', () => {
	it('the processor still exports its highlight plugin and its Shiki highlight function', () => {
		expect(typeof satteri.satteriHighlightPlugin, 'satteriHighlightPlugin is gone: the offloaded highlight has no plugin to reuse').toBe('function');
		expect(typeof satteri.satteriCreateHighlightFn, 'satteriCreateHighlightFn is gone: the worker cannot make Astro’s highlighter').toBe('function');
	});

	it('the processor still runs its highlight plugin first, before the project’s hast plugins, and nowhere else', () => {
		const render = processor.slice(processor.indexOf('async render('));
		const own = render.indexOf('hastPlugins.push(createHighlightPlugin(');
		const project = render.indexOf('hastPlugins.push(...userHastPlugins)');
		expect(own, 'the processor no longer adds its highlight plugin in render(): check where it highlights now').toBeGreaterThan(-1);
		expect(project, 'the processor no longer adds the project’s hast plugins in render()').toBeGreaterThan(own);
		expect(render.slice(0, own), 'the processor adds hast plugins before its highlight plugin: the offloaded one, first of the project’s, would run later than Astro’s').not.toContain('hastPlugins.push(');
		expect(processor.match(/createHighlightPlugin\(/g)?.length, 'the processor highlights in more than one place').toBe(2);
	});
});

describe('the offloaded highlight is still needed', () => {
	it('the processor still highlights on the thread that renders the Markdown', () => {
		expect(processor, 'the processor now uses worker threads: check whether it highlights off Astro’s thread itself').not.toMatch(/worker_threads|new Worker/);
	});
});
