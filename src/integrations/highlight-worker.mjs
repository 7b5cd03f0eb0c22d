/**
 * Highlights the code blocks of the site's Markdown on a thread of its own
 * (src/integrations/offloaded-highlight.ts): Astro's own Shiki highlighter, made the way Astro's
 * Markdown processor makes it, from the same Shiki settings, answering each block with the element
 * that replaces its <pre>. Plain JavaScript: Node runs it as it is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { satteriCreateHighlightFn } from '@astrojs/markdown-satteri';

const highlight = await satteriCreateHighlightFn('shiki', workerData.shikiConfig);

/** Each message is the blocks Astro's thread asked for in one turn; they are answered together. */
parentPort.on('message', async (blocks) => {
	const answers = [];
	for (const { id, code, lang, meta } of blocks) {
		try {
			answers.push({ id, node: await highlight(code, lang, meta) });
		} catch (error) {
			answers.push({ id, error: { message: error?.message ?? String(error), stack: error?.stack } });
		}
	}
	parentPort.postMessage(answers);
});
