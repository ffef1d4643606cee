/** Where a command writes; tests pass their own to read what a user would see. */
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes of every command: 0 fine, 1 a finding or a formula error, 2 the command could not run. */
export const EXIT = { ok: 0, failed: 1, unusable: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * Control characters, including the terminal's escape sequences (ESC, CSI) and the bidirectional
 * overrides that reorder what a line seems to say, as they could arrive in a file name, an argument or
 * a cell. Tab and newline are the messages' own layout.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as the terminal should show it: each control character as `\uXXXX`. In JSON output the same
 * escape stands for the same character, so the JSON stays valid and means the same.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export const processIO: CommandIO = {
  out: (text) => process.stdout.write(`${printable(text)}\n`),
  err: (text) => process.stderr.write(`${printable(text)}\n`),
};

/**
 * The process's last resorts. A failing standard stream ends the process without a stack trace: a closed pipe on stdout
 * (`samen fn … | head -1`) quietly with 0, as Unix tools do; any other failure (a full disk: ENOSPC)
 * with a Dutch message on stderr, if it can still take one, and 2.
 */
let guarded = false;
export function guardProcess(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on("error", (error: Error & { code?: string }) => {
    if (error.code === "EPIPE") process.exit(EXIT.ok);
    process.stderr.write(`De uitvoer kon niet worden geschreven (${error.code ?? "fout"}): is de schijf vol?\n`);
    process.exit(EXIT.unusable);
  });
  process.stderr.on("error", () => process.exit(EXIT.unusable));
  // A bug that escapes a command's own handling still ends as a message, not a stack.
  process.on("uncaughtException", (error) => {
    process.stderr.write(`Er ging iets mis: ${printable(error instanceof Error ? error.message : String(error))}\n`);
    process.exit(EXIT.unusable);
  });
}

/** A failure whose Dutch message is meant for the user, as opposed to a bug. */
export class UsageError extends Error {}

/**
 * One `samen <name>` command, loaded only when it is called (src/cli/main.ts). `help` is what `--help`
 * prints; its first line is the usage line that a usage error repeats.
 */
export interface Command {
  help: string;
  /** Whether the command takes `--json`; then its failures, usage errors included, are JSON as well. */
  json?: boolean;
  run(args: readonly string[], io: CommandIO): Promise<ExitCode>;
}

/** A failure as a `--json` command prints it on stdout: what a program reading the output can test. */
export function jsonFailure(message: string, exit: ExitCode, file?: string): string {
  return JSON.stringify({ ...(file === undefined ? {} : { file }), error: { message, exit } }, null, 2);
}

/** The usage line of a command's help. */
export function usageLine(command: Pick<Command, "help">): string {
  return command.help.split("\n")[0];
}
