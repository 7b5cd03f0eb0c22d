/** The bench's command line: which catalogue sizes to build, how often, and what to leave out or keep. */
import { readCommandLine, UsageError, wholeNumber } from '../lib/command-line';

export interface BenchOptions {
	/** The two synthetic catalogue sizes, small first. */
	smallCodes: number;
	largeCodes: number;
	/** Cold builds of each catalogue; the median is reported, with the range. */
	runs: number;
	skipLighthouse: boolean;
	/** Keep the temp folder with every build, cache and log. */
	keep: boolean;
}

const usage = `Usage: npm run bench -- [--codes 1000,10000] [--runs 3] [--skip-lighthouse] [--keep]

  --codes <small>,<large>  sizes of the two synthetic catalogues, small first (default 1000,10000)
  --runs <n>               cold builds of each catalogue; the median is reported (default 3)
  --skip-lighthouse        leave out Lighthouse on the real build
  --keep                   keep the temp folder with every build and its log`;

function catalogueSizes(text: string): [number, number] {
	const sizes = text.split(',').map((size) => (size.trim() === '' ? Number.NaN : Number(size)));
	const [small = Number.NaN, large = Number.NaN] = sizes;
	if (sizes.length !== 2 || !Number.isInteger(small) || !Number.isInteger(large) || small < 3 || large <= small) {
		throw new UsageError(`--codes needs two whole numbers, the smaller first and at least 3, e.g. 1000,10000 (got "${text}")`);
	}
	return [small, large];
}

export function readBenchOptions(): BenchOptions {
	return readCommandLine(
		usage,
		{
			options: {
				codes: { type: 'string', default: '1000,10000' },
				runs: { type: 'string' },
				'skip-lighthouse': { type: 'boolean', default: false },
				keep: { type: 'boolean', default: false },
			},
		},
		({ values }) => {
			const [smallCodes, largeCodes] = catalogueSizes(values.codes);
			// This machine's disk makes one build's wall time vary by a third: each catalogue is built several times.
			const runs = wholeNumber('runs', values.runs, 1) ?? 3;
			return { smallCodes, largeCodes, runs, skipLighthouse: values['skip-lighthouse'], keep: values.keep };
		},
	);
}
