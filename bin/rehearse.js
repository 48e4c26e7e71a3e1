#!/usr/bin/env node
// Thin shim: all logic lives in the compiled entry so that `npm link` and `npx` behave the same.
import '../dist/cli/run.js';
