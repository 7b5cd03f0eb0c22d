/** The units the bench prints in, and the two statistics it takes: medians and gzipped sizes. */
import { gzipSync } from 'node:zlib';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const thousands = (n: number) => n.toLocaleString('en-US');

export const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Bytes after gzip (default level 6, what most hosts use); never more than raw, as for already-compressed files. */
export const gzipped = (body: Buffer) => Math.min(body.length, gzipSync(body).length);
