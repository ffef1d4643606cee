/** Where a command writes; tests pass their own to read what a user would see. */
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CommandIO = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Exit codes of every command: 0 fine, 1 a finding or a formula error, 2 the command could not run. */
export const EXIT = { ok: 0, failed: 1, unusable: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure whose Dutch message is meant for the user, as opposed to a bug. */
export class UsageError extends Error {}

/**
 * One `samen <name>` command, loaded only when it is called (src/cli/main.ts). `help` is what `--help`
 * prints; its first line is the usage line that a usage error repeats.
 */
export interface Command {
  help: string;
  run(args: readonly string[], io: CommandIO): Promise<ExitCode>;
}

/** The usage line of a command's help. */
export function usageLine(command: Pick<Command, "help">): string {
  return command.help.split("\n")[0];
}
