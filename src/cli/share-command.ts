/**
 * `samen share <in.xlsx> <uit.xlsx> [--force]`: a shareable copy in which every SAMEN formula is
 * replaced by the value the file holds for it (src/share). The source is only read and is never the
 * output, by any path; an existing output is replaced only with --force (src/cli/output-file.ts).
 */
import { writeFile } from "node:fs/promises";
import { shareableCopy } from "../share/shareable-copy";
import { readXlsxBytes } from "../xlsx/xlsx-bytes";
import { fileArgs, requireXlsx } from "./args";
import { EXIT, usageLine, type Command, type CommandIO, type ExitCode } from "./io";
import { mayWrite, writeBeside } from "./output-file";

const HELP = [
  "Gebruik: samen share <in.xlsx> <uit.xlsx> [--force]",
  "",
  "Maakt een deelbare kopie van een werkmap: elke formule met een SAMEN-functie wordt vervangen door",
  "de waarde die de werkmap ervoor heeft bewaard, zodat wie Samen niet heeft dezelfde cijfers ziet",
  "(en geen #NAME?). Verder blijft alles gelijk; het origineel wordt alleen gelezen.",
  "Heeft een SAMEN-formule geen bewaarde waarde (de werkmap is nooit in Excel met Samen berekend),",
  "dan komt er geen kopie en noemt de opdracht die cellen.",
  "",
  "Opties:",
  "  --force   vervang een bestaand uitvoerbestand (zonder --force blijft het staan)",
  "",
  "Afsluitcode: 0 kopie geschreven, 2 geen kopie.",
].join("\n");
const USAGE = usageLine({ help: HELP });

async function run(args: readonly string[], io: CommandIO): Promise<ExitCode> {
  const { files, options } = fileArgs(args, { files: 2, options: ["--force"], usage: USAGE });
  const [source, target] = files;
  requireXlsx(target, USAGE);
  const force = options.has("--force");
  if (!(await mayWrite(target, { force, source }, io))) return EXIT.unusable;
  const read = await readXlsxBytes(source);
  if (!read.ok) {
    io.err(read.message);
    return EXIT.unusable;
  }
  const copy = await shareableCopy(read.bytes);
  if (!copy.ok) {
    io.err(`${read.name}: ${copy.message}`);
    return EXIT.unusable;
  }
  if (!(await writeBeside(target, (partial) => writeFile(partial, copy.value.bytes), force, io))) return EXIT.unusable;
  const count = copy.value.replaced.length;
  io.out(
    count === 0
      ? `${target} geschreven: ${source} heeft geen SAMEN-formules, de kopie is gelijk aan het origineel.`
      : `${target} geschreven: ${count} ${count === 1 ? "SAMEN-formule" : "SAMEN-formules"} vervangen door ${count === 1 ? "zijn waarde" : "hun waarden"}.`,
  );
  const { faults } = copy.value;
  if (faults.length > 0) {
    io.out(
      `Let op: ${source} had al fouten die Samen niet schreef; de kopie neemt ze ongewijzigd over en Excel ` +
        "herstelt ze bij het openen (of weigert de tabel):",
    );
    for (const fault of faults) io.out(`  - ${fault}`);
  }
  return EXIT.ok;
}

export const shareCommand: Command = { help: HELP, run };
