#!/usr/bin/env node
// Launcher for the testers' command line: runs the TypeScript entry through tsx,
// so `npx nonstop` works straight after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
await main();
