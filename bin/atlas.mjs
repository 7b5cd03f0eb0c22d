#!/usr/bin/env node
// `atlas explain …`: an error code, or a line a program printed, explained in the terminal, offline,
// from this repository's catalogue. The sources are TypeScript: tsx runs them as they are.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/atlas.ts');
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
