// Statically: the command line runs through tsx's CommonJS hooks, which a dynamic import() of a .ts module
// bypasses; and no bundle weighs here.
import { createFitEngine, type FitEngine } from "../model/fit/engine";
import {
  callModelFunction,
  isModelFunction,
  MODEL_FUNCTIONS,
  usageOf,
  needsFitEngine,
  type FunctionValue,
} from "../model/functions";
import { LETTER_PLAN } from "../model/plan";
import { PlanQueries } from "../model/queries";
import { errorCode, ok } from "../model/result";
import { errorCountOf, planStateOfWorkbook, readWorkbookFile, takeWorkbookOption } from "./fn-workbook";
import { EXIT, UsageError, type CommandIO, type ExitCode } from "./io";

export const FN_USAGE = [
  "Gebruik: samen fn <FUNCTIE> [argumenten…] [--workbook <bestand.xlsx>]",
  "Functies:",
  ...Object.keys(MODEL_FUNCTIONS).map((name) => `  ${usageOf(name as keyof typeof MODEL_FUNCTIONS)}`),
  "  CHECK() (alleen met --workbook: het aantal fouten in de werkmap)",
  'Voorbeeld: samen fn GAP "meest kansrijk" 2024',
  "Met --workbook rekent de functie met de modeltabellen in dat bestand in plaats van de brief.",
].join("\n");

let engine: Promise<FitEngine> | undefined;

/** Compiled once per process: main() may run many commands (the tests do). */
function fitEngine(): Promise<FitEngine> {
  engine ??= createFitEngine();
  return engine;
}

function print(value: FunctionValue, io: CommandIO): void {
  if (Array.isArray(value)) for (const item of value) io.out(String(item));
  else io.out(String(value));
}

export async function fnCommand(args: readonly string[], io: CommandIO): Promise<ExitCode> {
  const { file, rest } = takeWorkbookOption(args);
  const [rawName, ...fnArgs] = rest;
  if (!rawName) throw new UsageError(FN_USAGE);
  const name = rawName.toUpperCase().replace(/^SAMEN\./, "");
  if (name === "CHECK") {
    if (!file) throw new UsageError("CHECK controleert een werkmap: samen fn CHECK --workbook <bestand.xlsx>");
    io.out(String(errorCountOf(await readWorkbookFile(file))));
    return EXIT.ok;
  }
  if (!isModelFunction(name)) throw new UsageError(`Onbekende functie "${rawName}".\n${FN_USAGE}`);
  const state = file ? planStateOfWorkbook(await readWorkbookFile(file)) : ok(new PlanQueries(LETTER_PLAN));
  const context = needsFitEngine(name) ? { fitEngine: await fitEngine() } : {};
  const result = state.ok ? callModelFunction(state.value, name, fnArgs, context) : state;
  if (!result.ok) {
    io.out(`${errorCode(result)}: ${result.message}`);
    return EXIT.failed;
  }
  print(result.value, io);
  return EXIT.ok;
}
