/**
 * Writing a file the officer named, so that nothing of theirs is lost (docs/hostile-input.md):
 * - the output may not be the source, by any path: both are resolved through symbolic links and
 *   compared as files (device and inode), so `share same/a.xlsx link/a.xlsx --force` with `link` → `same`
 *   and a hard link are refused as well;
 * - an existing file, or a symbolic link (even one that points nowhere), is replaced only with --force,
 *   and without --force "not replaced" holds until the last moment: the finished file is hard-linked into
 *   place, which fails rather than replace a file another writer put there meanwhile;
 * - the new file is written in a temporary folder beside the target, with a short name (it fits beside
 *   any name the file system allows), removed on every way out: an error, an exception, SIGINT, SIGTERM
 *   or SIGHUP. A folder, not a file: a stop can come while a writer's open of the file is still under
 *   way in another thread, and that open can then create the file after it was removed; in a removed
 *   folder it cannot create anything.
 */
import { randomBytes } from "node:crypto";
import { constants, copyFileSync, linkSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { lstat, realpath, rm, stat } from "node:fs/promises";
import path from "node:path";
import { EXIT, type CommandIO } from "./io";

const codeOf = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;

/** The file a path names once every symbolic link is followed; null when nothing is there. */
async function identity(file: string): Promise<{ real: string; device: number; inode: number } | null> {
  try {
    const [real, info] = await Promise.all([realpath(file), stat(file)]);
    return { real, device: info.dev, inode: info.ino };
  } catch {
    return null;
  }
}

/**
 * False, with the Dutch reason, when `file` may not be written: it is (or leads to) `source`, or it
 * exists (as a file or as a link, dangling or not) and --force was not given.
 */
export async function mayWrite(
  file: string,
  { force, source }: { force: boolean; source?: string },
  io: CommandIO,
): Promise<boolean> {
  const here = await lstat(file).catch(() => null);
  if (source !== undefined && here) {
    const [from, to] = await Promise.all([identity(source), identity(file)]);
    if (from && to && (from.real === to.real || (from.device === to.device && from.inode === to.inode))) {
      io.err(`De kopie moet een ander bestand zijn dan het origineel: ${file} is ${source}.`);
      return false;
    }
  }
  if (force || !here) return true;
  const dangling = here.isSymbolicLink() && (await identity(file)) === null;
  io.err(
    dangling
      ? `${file} is een koppeling naar een bestand dat niet bestaat en wordt niet vervangen. Kies een andere naam, of geef --force om de koppeling te vervangen.`
      : `${file} bestaat al en wordt niet overschreven. Kies een andere naam, of geef --force om het te vervangen.`,
  );
  return false;
}

/**
 * Temporary folders being written in, removed by `leaveNothing` when the process is stopped; each with
 * the output its file has already been put in place as (whole), or null while it is not.
 */
const partials = new Map<string, string | null>();
const STOPS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** A file created in the folder while it is removed makes rmdir retry, not fail. */
const REMOVE = { recursive: true, force: true, maxRetries: 5 } as const;

/** What a stopped run says: nothing written, or which outputs were whole before the stop. */
function stopMessage(signal: string, placed: readonly string[]): string {
  return placed.length === 0
    ? `Onderbroken (${signal}): er is niets geschreven.`
    : `Onderbroken (${signal}) nadat ${placed.join(", ")} volledig geschreven ${placed.length === 1 ? "was" : "waren"}.`;
}

function leaveNothing(signal: (typeof STOPS)[number]): void {
  for (const folder of partials.keys()) rmSync(folder, REMOVE);
  const placed = [...partials.values()].filter((file): file is string => file !== null);
  process.stderr.write(`${stopMessage(signal, placed)}\n`);
  process.exit(EXIT.unusable);
}

function track(folder: string): void {
  if (partials.size === 0) for (const signal of STOPS) process.on(signal, leaveNothing);
  partials.set(folder, null);
}

function untrack(folder: string): void {
  partials.delete(folder);
  if (partials.size === 0) for (const signal of STOPS) process.off(signal, leaveNothing);
}

/**
 * Puts the finished file in place: over what is there with --force, else without replacing anything
 * (EEXIST when something is there now). Synchronous, and marked placed in the same step, so a stop can
 * never fall between the file being whole in place and the run knowing it.
 */
function place(folder: string, partial: string, file: string, force: boolean): void {
  if (force) renameSync(partial, file);
  else {
    try {
      linkSync(partial, file);
    } catch (error) {
      // A file system without hard links (FAT, some network shares): an exclusive copy instead.
      if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"].includes(codeOf(error) ?? "")) throw error;
      copyFileSync(partial, file, constants.COPYFILE_EXCL);
    }
  }
  partials.set(folder, file);
}

/**
 * Runs `write` on a temporary file in a folder beside `file`, then puts it in place: over what is there
 * with --force, else only where nothing is. False, with the Dutch reason, on failure.
 */
export async function writeBeside(
  file: string,
  write: (partial: string) => Promise<void>,
  force: boolean,
  io: CommandIO,
): Promise<boolean> {
  const folder = path.join(path.dirname(file), `.samen-${randomBytes(6).toString("hex")}.deels`);
  const partial = path.join(folder, path.basename(file));
  track(folder);
  try {
    mkdirSync(folder);
    await write(partial);
    place(folder, partial, file, force);
    return true;
  } catch (error) {
    const code = codeOf(error);
    io.err(
      code === "EEXIST"
        ? `${file} is intussen door een ander programma gemaakt en wordt niet overschreven. Kies een andere naam, of geef --force om het te vervangen.`
        : `Kon ${file} niet schrijven${code ? ` (${code})` : ""}. Bestaat de map, mag u erin schrijven en is er ruimte op de schijf?`,
    );
    return false;
  } finally {
    await rm(folder, REMOVE);
    untrack(folder);
  }
}
