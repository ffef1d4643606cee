/**
 * The real command line (bin/samen.js, as an officer starts it) run under GNU time, so each case can
 * state its limits: exit code, a Dutch message without a stack, the peak memory of the whole run (the
 * validate child included: wait4 reports the largest of a process and its waited-for descendants) and
 * its time, which the cases compare to reading a plain file of the same size.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, lstatSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
export const BIN = path.join(root, "bin", "samen.js");
const TIME = "/usr/bin/time";

export interface Run {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the run, in MiB. */
  peakMiB: number;
  seconds: number;
}

const REPORT = /^@@ (\d+) ([\d.]+)$/m;

function parsed(
  result: SpawnSyncReturns<string> | { status: number | null; signal: string | null; stdout: string; stderr: string },
): Run {
  const report = REPORT.exec(result.stderr);
  if (!report) throw new Error(`GNU time gave no report: ${result.stderr}`);
  return {
    status: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr
      .replace(REPORT, "")
      .replace(/^Command (?:exited with non-zero status|terminated by signal) \d+\n/m, "")
      .trimEnd(),
    peakMiB: Number(report[1]) / 1024,
    seconds: Number(report[2]),
  };
}

const timed = (args: readonly string[]) => ["-f", "@@ %M %e", process.execPath, BIN, ...args];

export function samen(args: readonly string[], cwd = root): Run {
  return parsed(spawnSync(TIME, timed(args), { cwd, encoding: "utf8", maxBuffer: 1 << 30 }));
}

/** Started, not awaited: for runs side by side and for runs that are stopped by a signal. */
export function startSamen(args: readonly string[]): { child: ReturnType<typeof spawn>; done: Promise<Run> } {
  const child = spawn(TIME, timed(args), { cwd: root });
  let [stdout, stderr] = ["", ""];
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const done = new Promise<Run>((resolve) =>
    child.on("close", (status, signal) => resolve(parsed({ status, signal, stdout, stderr }))),
  );
  return { child, done };
}

/** What no message to an officer may hold: a stack frame, an exception's name, V8's or Node's internals. */
export const STACK = /^\s+at .+[(:]\d|\b(?:Error|RangeError|TypeError):|FATAL ERROR|node:internal|<--- Last few GCs/m;

export function newDir(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `samen-hostile-${name}-`));
}

/** Every entry of a folder with what it holds (a link as where it points): what must not change. */
export function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    const info = lstatSync(file);
    entries[name] = info.isSymbolicLink()
      ? `-> ${readlinkSync(file)}`
      : info.isFile()
        ? createHash("sha256").update(readFileSync(file)).digest("hex")
        : "map";
  }
  return entries;
}
