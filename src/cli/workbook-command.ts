/**
 * `samen workbook <uit.xlsx> [--force]`: writes the model workbook (the layout of src/layout) with
 * ExcelJS. An existing file is the officer's: it is only replaced with --force.
 */
import { access, rename, rm } from "node:fs/promises";
import path from "node:path";
import { renderLayout } from "../layout";
import { formatEuros } from "../model/format";
import { LETTER_PLAN } from "../model/plan";
import { buildWorkbook } from "../xlsx/write-workbook";
import { EXIT, UsageError, type CommandIO, type ExitCode } from "./io";

const USAGE = "Gebruik: samen workbook <uit.xlsx> [--force]";

function parseArgs(args: readonly string[]): { file: string; force: boolean } {
  const options = args.filter((arg) => arg.startsWith("--"));
  const files = args.filter((arg) => !arg.startsWith("--"));
  const unknown = options.find((option) => option !== "--force");
  if (unknown) throw new UsageError(`Onbekende optie "${unknown}".\n${USAGE}`);
  if (files.length !== 1) throw new UsageError(files.length === 0 ? USAGE : `Geef één bestand op.\n${USAGE}`);
  if (!/\.xlsx$/i.test(files[0])) throw new UsageError(`Het bestand moet op .xlsx eindigen: ${files[0]}\n${USAGE}`);
  return { file: files[0], force: options.includes("--force") };
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

export async function workbookCommand(args: readonly string[], io: CommandIO): Promise<ExitCode> {
  const { file, force } = parseArgs(args);
  if (!force && (await exists(file))) {
    io.err(`${file} bestaat al en wordt niet overschreven. Kies een andere naam, of geef --force om het te vervangen.`);
    return EXIT.unusable;
  }
  const layout = renderLayout(LETTER_PLAN, []);
  // Written beside the target and renamed over it, so a failed write never leaves the officer's file half-replaced.
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.deels`);
  try {
    await buildWorkbook(layout).xlsx.writeFile(partial);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    const reason = error instanceof Error && "code" in error ? ` (${String(error.code)})` : "";
    io.err(`Kon ${file} niet schrijven${reason}. Bestaat de map en mag u erin schrijven?`);
    return EXIT.unusable;
  }
  const lines = LETTER_PLAN.budgetLines.length;
  const actions = LETTER_PLAN.actions.flatMap((action) => action.numbers).length;
  io.out(
    `${file} geschreven: tabellen Begroting (${lines} regels), Acties (${actions} acties), Voorstellen (${LETTER_PLAN.proposals.length} voorstellen), Scenarios en het blad Overzicht.`,
  );
  io.out(`Elk jaar van de begroting telt op tot ${formatEuros(LETTER_PLAN.frame)}.`);
  return EXIT.ok;
}
