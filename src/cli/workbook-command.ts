/**
 * `samen workbook <uit.xlsx> [--from <bron.xlsx>] [--force]`: writes the model workbook (the layout of
 * src/layout) with ExcelJS, from the letter or from the ministry's copy of Bijlage 2 in another workbook
 * (src/load decides whether it can be). An existing file is the officer's: it is only replaced with --force.
 */
import { notitieSheet, renderLayout } from "../layout";
import { modelFromCopy } from "../load/model-from-copy";
import { PlanQueries } from "../model/functions/queries";
import { formatEuros } from "../model/money/format";
import { LETTER_PLAN } from "../model/letter/dataset";
import type { Plan } from "../model/schema";
import { readGridFromXlsx } from "../xlsx/read-grid";
import { buildWorkbook } from "../xlsx/write-workbook";
import { fileArgs, requireXlsx, takeValueOption } from "./args";
import { EXIT, usageLine, type Command, type CommandIO, type ExitCode } from "./io";
import { mayWrite, writeBeside } from "./output-file";
import { report } from "./validate-command";

const HELP = [
  'Gebruik: samen workbook <uit.xlsx> [--from <bron.xlsx>] [--notitie "<plan>"] [--force]',
  "",
  "Schrijft de werkmap van Samen met de tabellen Kader, Begroting, Acties, Voorstellen, Scenarios en het",
  "blad Overzicht: uit de brief, of met --from uit de kopie van Bijlage 2 in een werkmap van het ministerie.",
  "",
  "Opties:",
  "  --from <bron.xlsx>   lees jaren, regels, kader en acties uit de kopie van Bijlage 2 in die werkmap, en de",
  "                       voorstellen uit de kopie van Bijlage 1 als die er is (anders die van de brief);",
  "                       bevat de kopie fouten, dan noemt samen ze per cel en schrijft niets",
  '  --notitie "<plan>"   voeg het blad Besluitnotitie toe voor dat plan, zoals "meest kansrijk; schrap 9, 26"',
  "  --force   vervang een bestaand bestand (zonder --force blijft het staan)",
  "",
  "Afsluitcode: 0 geschreven, 2 niet geschreven.",
].join("\n");
const USAGE = usageLine({ help: HELP });
const NOTITIE_OPTION = "--notitie";
const FROM_OPTION = "--from";

/** The model of the source's copy, or null after saying on stderr why nothing will be written. */
async function planFromSource(source: string, io: CommandIO): Promise<{ plan: Plan; ownProposals: boolean } | null> {
  const read = await readGridFromXlsx(source);
  if (!read.ok) {
    io.err(read.message);
    return null;
  }
  const copy = modelFromCopy(read.workbook);
  if (copy.kind === "model") return copy;
  if (copy.kind === "none") {
    io.err(
      `Niet geschreven: ${source} bevat geen kopie van Bijlage 2 (een tabel "Programma Samen tegen mensenhandel" met de regels a., b., … en hun jaren).`,
    );
    return null;
  }
  io.err(`Niet geschreven: de kopie van Bijlage 2 in ${source} is niet in orde. Herstel eerst:`);
  if (copy.findings.length > 0) io.err(report(source, copy.findings).join("\n"));
  for (const problem of copy.problems) io.err(`  ${problem}`);
  return null;
}

async function run(args: readonly string[], io: CommandIO): Promise<ExitCode> {
  const { value: from, rest: afterFrom } = takeValueOption(args, FROM_OPTION, "de werkmap met de kopie van Bijlage 2");
  const { value: notitie, rest } = takeValueOption(afterFrom, NOTITIE_OPTION, "een plan");
  const { files, options } = fileArgs(rest, { files: 1, options: ["--force"], usage: USAGE });
  const [file] = files;
  requireXlsx(file, USAGE);
  if (from !== null) requireXlsx(from, USAGE);
  const force = options.has("--force");
  // Checked before the source is read: a refused output is said at once, whatever the source holds.
  if (!(await mayWrite(file, { force, source: from ?? undefined }, io))) return EXIT.unusable;
  const copy = from === null ? { plan: LETTER_PLAN, ownProposals: false } : await planFromSource(from, io);
  if (copy === null) return EXIT.unusable;
  const { plan } = copy;
  const layout = renderLayout(plan, []);
  if (notitie !== null) {
    const queries = new PlanQueries(plan);
    const resolved = queries.resolvePlan(notitie);
    if (!resolved.ok) {
      io.err(`Geen besluitnotitie: ${resolved.message}`);
      return EXIT.unusable;
    }
    const input = { plan: resolved.value, estimate: "laag" as const, prices: [], alternatives: [], requirements: "" };
    layout.sheets.push(notitieSheet(queries, input));
  }
  if (!(await writeBeside(file, (partial) => buildWorkbook(layout).xlsx.writeFile(partial), force, io)))
    return EXIT.unusable;
  const lines = plan.budgetLines.length;
  const actions = plan.actions.flatMap((action) => action.numbers).length;
  const years = plan.kader.map((row) => row.year);
  io.out(
    `${file} geschreven: tabellen Kader (${years[0]}–${years[years.length - 1]}), Begroting (${lines} regels), Acties (${actions} acties), Voorstellen (${plan.proposals.length} voorstellen), Scenarios en het blad Overzicht.`,
  );
  if (from !== null) {
    io.out(
      `Uit ${from}: de kopie van Bijlage 2${copy.ownProposals ? " en de kopie van Bijlage 1" : "; de voorstellen zijn die van de brief (de werkmap heeft geen kopie van Bijlage 1)"}.`,
    );
  }
  const frames = [...new Set(plan.kader.map((row) => row.frame))];
  if (frames.length === 1) io.out(`Elk jaar van de begroting telt op tot ${formatEuros(frames[0])}.`);
  if (notitie !== null) io.out(`Blad Besluitnotitie voor het plan "${notitie}".`);
  return EXIT.ok;
}

export const workbookCommand: Command = { help: HELP, run };
