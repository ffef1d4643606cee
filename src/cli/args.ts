/** The arguments of the file commands: a fixed number of files and a few `--` switches, in any order. */
import { UsageError } from "./io";

export function fileArgs<O extends string>(
  args: readonly string[],
  { files: count, options: known, usage }: { files: number; options: readonly O[]; usage: string },
): { files: string[]; options: Set<O> } {
  const options = args.filter((arg) => arg.startsWith("--"));
  const files = args.filter((arg) => !arg.startsWith("--"));
  const unknown = options.find((option) => !(known as readonly string[]).includes(option));
  if (unknown) throw new UsageError(`${unknownOption(unknown)}\n${usage}`);
  const repeated = options.find((option, at) => options.indexOf(option) !== at);
  if (repeated) throw new UsageError(`De optie ${repeated} staat er meer dan één keer.\n${usage}`);
  if (files.length !== count) {
    const wanted = count === 1 ? "één bestand" : `${count} bestanden`;
    throw new UsageError(files.length === 0 ? usage : `Geef ${wanted} op.\n${usage}`);
  }
  return { files, options: new Set(options as O[]) };
}

/** Why an option is not known; `--optie=waarde` is named as such, since options take no `=`. */
export function unknownOption(option: string): string {
  const joined = /^(--[^=]+)=/.exec(option);
  return joined
    ? `Onbekende optie "${option}": schrijf de waarde los na de optie (${joined[1]} <waarde>), niet met "=".`
    : `Onbekende optie "${option}".`;
}

export function requireXlsx(file: string, usage: string): void {
  if (!/\.xlsx$/i.test(file)) throw new UsageError(`Het bestand moet op .xlsx eindigen: ${file}\n${usage}`);
}
