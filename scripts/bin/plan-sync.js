#!/usr/bin/env node
// The plan-sync command: runs the TypeScript CLI through tsx's loader (Node 22 or later).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../sync/main.ts');
process.exitCode = await main(process.argv.slice(2));
