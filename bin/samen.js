#!/usr/bin/env node
// The command line runs the TypeScript sources through tsx, so `npx samen` needs no build step.
require("tsx/cjs");
require("../src/cli/main.ts").main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
