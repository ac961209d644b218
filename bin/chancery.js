#!/usr/bin/env node
import './typescript.js';

const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
