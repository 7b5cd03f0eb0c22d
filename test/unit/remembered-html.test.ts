// rememberHtml(): markup rendered once per key and reused; a failed render is not kept.
import { describe, expect, it } from 'vitest';
import { rememberHtml } from '../../src/lib/remembered-html';

describe('rememberHtml', () => {
	it('renders once per key and gives every later caller the same markup', async () => {
		let renders = 0;
		const render = (html: string) => async () => {
			renders += 1;
			return html;
		};
		expect(await rememberHtml('test:a', render('<ul>a</ul>'))).toBe('<ul>a</ul>');
		expect(await rememberHtml('test:a', render('<ul>changed</ul>'))).toBe('<ul>a</ul>');
		expect(await rememberHtml('test:b', render('<ul>b</ul>'))).toBe('<ul>b</ul>');
		expect(renders).toBe(2);
	});

	it('keeps no failed render: the next caller renders again', async () => {
		await expect(rememberHtml('test:fails', async () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
		expect(await rememberHtml('test:fails', async () => '<ul>fixed</ul>')).toBe('<ul>fixed</ul>');
	});
});
