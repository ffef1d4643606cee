/**
 * `samen workbook <uit.xlsx> [--force]`: writes the model workbook (the layout of src/layout) with
 * ExcelJS. An existing file is the officer's: it is only replaced with --force.
 */
import { renderLayout } from "../layout";
import { formatEuros } from "../model/money/format";
import { LETTER_PLAN } from "../model/letter/dataset";
import { buildWorkbook } from "../xlsx/write-workbook";
import { fileArgs, requireXlsx } from "./args";
import { EXIT, usageLine, type Command, type CommandIO, type ExitCode } from "./io";
import { mayWrite, writeBeside } from "./output-file";

const HELP = [
  "Gebruik: samen workbook <uit.xlsx> [--force]",
  "",
  "Schrijft de werkmap van Samen met de tabellen uit de brief: Begroting, Acties, Voorstellen,",
  "Scenarios en het blad Overzicht.",
  "",
  "Opties:",
  "  --force   vervang een bestaand bestand (zonder --force blijft het staan)",
  "",
  "Afsluitcode: 0 geschreven, 2 niet geschreven.",
].join("\n");
const USAGE = usageLine({ help: HELP });

async function run(args: readonly string[], io: CommandIO): Promise<ExitCode> {
  const { files, options } = fileArgs(args, { files: 1, options: ["--force"], usage: USAGE });
  const [file] = files;
  requireXlsx(file, USAGE);
  const force = options.has("--force");
  if (!(await mayWrite(file, { force }, io))) return EXIT.unusable;
  const layout = renderLayout(LETTER_PLAN, []);
  if (!(await writeBeside(file, (partial) => buildWorkbook(layout).xlsx.writeFile(partial), force, io)))
    return EXIT.unusable;
  const lines = LETTER_PLAN.budgetLines.length;
  const actions = LETTER_PLAN.actions.flatMap((action) => action.numbers).length;
  io.out(
    `${file} geschreven: tabellen Begroting (${lines} regels), Acties (${actions} acties), Voorstellen (${LETTER_PLAN.proposals.length} voorstellen), Scenarios en het blad Overzicht.`,
  );
  io.out(`Elk jaar van de begroting telt op tot ${formatEuros(LETTER_PLAN.kader[0].frame)}.`);
  return EXIT.ok;
}

export const workbookCommand: Command = { help: HELP, run };
