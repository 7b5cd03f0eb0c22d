// The shape of the linking guide's TypeScript retry loop, for the test that imports it from a temporary file.
export declare function withRetry<T>(
	call: () => Promise<T>,
	codePathOf: (error: unknown) => string | undefined,
	options?: { attempts?: number; baseDelayMs?: number; site?: string },
): Promise<T>;
