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
