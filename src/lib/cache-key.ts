/**
 * Keys for Astro's incremental build (`cacheKey` in getStaticPaths): a page is copied from the last
 * build instead of rendered when its key and its code are unchanged. A key must therefore cover every
 * piece of data the page shows; the code pages build theirs from the digests of the entries they read.
 */
import { createHash } from 'node:crypto';

/** A short, stable digest of any JSON-serialisable value. */
export function cacheKeyOf(value: unknown): string {
	return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

/** A content entry's digest as the content layer computed it (its data and body), or one of our own. */
export function entryDigest(entry: { id: string; digest?: string | number | undefined; data: unknown; body?: string | undefined }): string {
	return entry.digest !== undefined ? `${entry.id}:${entry.digest}` : cacheKeyOf([entry.id, entry.data, entry.body ?? '']);
}
