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
//
// That child's end is the command's: its exit code, or, when it was killed (by a signal, or by V8 when
// memory ran out), exit 2 with a Dutch message, never 1 ("errors found"). V8's own report of running out
// of memory (a native stack) is held back from the officer's screen (docs/hostile-input.md).
const { spawn } = require("node:child_process");
const NODE_FLAGS = require("./node-flags.json");
const { freshBundle } = require("../scripts/cli-bundle");

const args = process.argv.slice(2);
const bundle = freshBundle();

/** The first line of V8's report when it gives up: from there on stderr is no message of ours. */
const FATAL = /^(?:<--- Last few GCs --->|FATAL ERROR:|#\s*Fatal)/m;

function runFlagged() {
  const flagged = [...process.execArgv, ...NODE_FLAGS, __filename, ...args];
  const child = spawn(process.execPath, flagged, { stdio: ["inherit", "inherit", "pipe"] });
  let crashed = false;
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text) => {
    if (crashed) return;
    const fatal = FATAL.exec(text);
    if (fatal) crashed = true;
    process.stderr.write(fatal ? text.slice(0, fatal.index) : text);
  });
  // Ctrl+C reaches the child too (one process group); the parent waits for the child to end.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  child.on("close", (code, signal) => {
    if (code !== null && !crashed) {
      process.exitCode = code;
      return;
    }
    process.stderr.write(
      crashed || signal === "SIGABRT" || signal === "SIGKILL"
        ? "De controle is afgebroken: het geheugen raakte op. Controleer een kleinere werkmap, of alleen de bladen van het actieplan.\n"
        : `De controle is afgebroken (${signal}).\n`,
    );
    process.exitCode = 2;
  });
}

if (args[0] !== "validate" || NODE_FLAGS.every((flag) => process.execArgv.includes(flag))) {
  require(bundle)
    .main(args)
    .then((code) => {
      process.exitCode = code;
    });
} else runFlagged();
