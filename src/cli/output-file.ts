/**
 * Writing a file the officer named: an existing file is theirs and is replaced only with --force, and
 * the new file is written beside the target and renamed over it, so a failed write never leaves the
 * officer's file half-replaced.
 */
import { access, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { CommandIO } from "./io";

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** False, with the Dutch reason, when `file` exists and --force was not given. */
export async function mayWrite(file: string, force: boolean, io: CommandIO): Promise<boolean> {
  if (force || !(await exists(file))) return true;
  io.err(`${file} bestaat al en wordt niet overschreven. Kies een andere naam, of geef --force om het te vervangen.`);
  return false;
}

/** Runs `write` on a file beside `file`, then puts it in place; false, with the Dutch reason, on failure. */
export async function writeBeside(
  file: string,
  write: (partial: string) => Promise<void>,
  io: CommandIO,
): Promise<boolean> {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.deels`);
  try {
    await write(partial);
    await rename(partial, file);
    return true;
  } catch (error) {
    await rm(partial, { force: true });
    const reason = error instanceof Error && "code" in error ? ` (${String(error.code)})` : "";
    io.err(`Kon ${file} niet schrijven${reason}. Bestaat de map en mag u erin schrijven?`);
    return false;
  }
}
