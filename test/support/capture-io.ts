import type { CommandIO } from "../../src/cli/io";

/** A CommandIO that keeps what a user would have seen on stdout and stderr. */
export function captureIO(): CommandIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
}
