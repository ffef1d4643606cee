#!/usr/bin/env node
// The command line runs the TypeScript sources through tsx, so `npx samen` needs no build step.
//
// It runs with the Node flags in node-flags.json, which the benchmark shares: a larger young generation.
// Validating reads a whole workbook into memory, hundreds of thousands of objects that live to the end;
// with V8's default semi-spaces of 16 MiB the collector copied them over and over while ExcelJS read a
// file of 100 000 rows, and `samen validate` took a quarter longer (README, "Measured"). V8 takes the size
// only when it starts, so a run without the flags starts itself once more with them.
const { spawnSync } = require("node:child_process");
const NODE_FLAGS = require("./node-flags.json");

if (NODE_FLAGS.every((flag) => process.execArgv.includes(flag))) {
  require("tsx/cjs");
  require("../src/cli/main.ts")
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    });
} else {
  const args = [...process.execArgv, ...NODE_FLAGS, __filename, ...process.argv.slice(2)];
  process.exitCode = spawnSync(process.execPath, args, { stdio: "inherit" }).status ?? 1;
}
