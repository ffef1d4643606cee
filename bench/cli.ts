/**
 * cli.fn_ratio: how long `samen fn TOTAL 2024` takes from the shell, as the officer starts it
 * (`node bin/samen.js`, the package's bin), against `node -e 0`, Node starting and doing nothing. The
 * two alternate, each in a fresh process, so a busy machine slows both alike; the figure is the median
 * of the pairs' ratios. The bundle is brought up to date before the first run, so a rebuild is not timed.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { median, round } from "./stats";

const { freshBundle } = require("../scripts/cli-bundle") as { freshBundle(): string };

const ROUNDS = 21;
const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "bin", "samen.js");

export interface CliBench {
  fn_ratio: number;
  /** Medians in ms, for docs/measured.md. */
  fn_ms: number;
  node_ms: number;
}

function timedRun(args: readonly string[], expected: string): number {
  const start = process.hrtime.bigint();
  const out = execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (out !== expected)
    throw new Error(`${args.join(" ")} gaf ${JSON.stringify(out)}, niet ${JSON.stringify(expected)}`);
  return ms;
}

export async function benchCli(): Promise<CliBench> {
  freshBundle();
  const pairs = Array.from({ length: ROUNDS }, () => ({
    fn: timedRun([BIN, "fn", "TOTAL", "2024"], "2000000\n"),
    node: timedRun(["-e", "0"], ""),
  }));
  return {
    fn_ratio: round(median(pairs.map((pair) => pair.fn / pair.node)), 2),
    fn_ms: Math.round(median(pairs.map((pair) => pair.fn))),
    node_ms: Math.round(median(pairs.map((pair) => pair.node))),
  };
}
