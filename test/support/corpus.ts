/** The corpus of real program output (`test/corpus/*.jsonl`): each line with the codes it means and where it comes from. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './dist';

export interface CorpusLine {
	text: string;
	/** `<protocol>/<slug>`, the most specific first. */
	codes: string[];
	form: string;
	repo: string;
	path: string;
	line: number;
	commit: string;
	/** The corpus file it came from. */
	file: string;
}

export function readCorpus(folder = join(projectRoot, 'test', 'corpus')): CorpusLine[] {
	return readdirSync(folder)
		.filter((name) => name.endsWith('.jsonl'))
		.sort()
		.flatMap((name) =>
			readFileSync(join(folder, name), 'utf8')
				.split('\n')
				.filter((line) => line.trim() !== '')
				.map((line) => ({ ...(JSON.parse(line) as Omit<CorpusLine, 'file'>), file: name })),
		);
}
