/**
 * Writing a file the officer named, so that nothing of theirs is lost (docs/hostile-input.md):
 * - the output may not be the source, by any path: both are resolved through symbolic links and
 *   compared as files (device and inode), so `share same/a.xlsx link/a.xlsx --force` with `link` → `same`
 *   and a hard link are refused as well;
 * - an existing file, or a symbolic link (even one that points nowhere), is replaced only with --force,
 *   and without --force "not replaced" holds until the last moment: the finished file is hard-linked into
 *   place, which fails rather than replace a file another writer put there meanwhile;
 * - the new file is written beside the target under a short temporary name (it fits beside any name the
 *   file system allows) and removed on every way out: an error, an exception, SIGINT, SIGTERM or SIGHUP.
 */
import { randomBytes } from "node:crypto";
import { constants, copyFileSync, linkSync, renameSync, rmSync } from "node:fs";
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
 * Temporary files being written, removed by `leaveNothing` when the process is stopped; each with the
 * output it has already been put in place as (whole), or null while it is not.
 */
const partials = new Map<string, string | null>();
const STOPS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** What a stopped run says: nothing written, or which outputs were whole before the stop. */
function stopMessage(signal: string, placed: readonly string[]): string {
  return placed.length === 0
    ? `Onderbroken (${signal}): er is niets geschreven.`
    : `Onderbroken (${signal}) nadat ${placed.join(", ")} volledig geschreven ${placed.length === 1 ? "was" : "waren"}.`;
}

function leaveNothing(signal: (typeof STOPS)[number]): void {
  for (const partial of partials.keys()) rmSync(partial, { force: true });
  const placed = [...partials.values()].filter((file): file is string => file !== null);
  process.stderr.write(`${stopMessage(signal, placed)}\n`);
  process.exit(EXIT.unusable);
}

function track(partial: string): void {
  if (partials.size === 0) for (const signal of STOPS) process.on(signal, leaveNothing);
  partials.set(partial, null);
}

function untrack(partial: string): void {
  partials.delete(partial);
  if (partials.size === 0) for (const signal of STOPS) process.off(signal, leaveNothing);
}

/**
 * Puts the finished file in place: over what is there with --force, else without replacing anything
 * (EEXIST when something is there now). Synchronous, and marked placed in the same step, so a stop can
 * never fall between the file being whole in place and the run knowing it.
 */
function place(partial: string, file: string, force: boolean): void {
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
  partials.set(partial, file);
}

/**
 * Runs `write` on a temporary file beside `file`, then puts it in place: over what is there with
 * --force, else only where nothing is. False, with the Dutch reason, on failure.
 */
export async function writeBeside(
  file: string,
  write: (partial: string) => Promise<void>,
  force: boolean,
  io: CommandIO,
): Promise<boolean> {
  const partial = path.join(path.dirname(file), `.samen-${randomBytes(6).toString("hex")}.deels`);
  track(partial);
  try {
    await write(partial);
    place(partial, file, force);
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
    await rm(partial, { force: true });
    untrack(partial);
  }
}
