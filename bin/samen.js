#!/usr/bin/env node
// `samen`: runs the command line bundled from src/cli (scripts/cli-bundle.js), rebuilt first when a
// source changed since it was built.
//
// `samen validate` runs with the Node flags in node-flags.json, which the benchmark shares: a larger
// young generation. Validating reads a whole workbook into memory, hundreds of thousands of objects that
// live to the end; with V8's default semi-spaces of 16 MiB the collector copied them over and over while
// ExcelJS read a file of 100 000 rows, and `samen validate` took a quarter longer (README, "Measured").
// V8 takes the size only when it starts, so validate without the flags starts itself once more with
// them; every other command starts at once.
const { spawnSync } = require("node:child_process");
const NODE_FLAGS = require("./node-flags.json");
const { freshBundle } = require("../scripts/cli-bundle");

const args = process.argv.slice(2);
const bundle = freshBundle();

if (args[0] !== "validate" || NODE_FLAGS.every((flag) => process.execArgv.includes(flag))) {
  require(bundle)
    .main(args)
    .then((code) => {
      process.exitCode = code;
    });
} else {
  const flagged = [...process.execArgv, ...NODE_FLAGS, __filename, ...args];
  process.exitCode = spawnSync(process.execPath, flagged, { stdio: "inherit" }).status ?? 1;
}
