import { loadFitEngine } from "../model/fit/load-engine";
import {
  callModelFunction,
  isModelFunction,
  MODEL_FUNCTIONS,
  usageOf,
  needsFitEngine,
  type FunctionValue,
} from "../model/functions/table";
import { LETTER_PLAN } from "../model/letter/dataset";
import { PlanQueries } from "../model/functions/queries";
import { errorCode, ok } from "../model/result";
import { unknownOption } from "./args";
import { EXIT, UsageError, usageLine, type Command, type CommandIO, type ExitCode } from "./io";

const HELP = [
  "Gebruik: samen fn <FUNCTIE> [argumenten…] [--workbook <bestand.xlsx>]",
  "",
  "Rekent een SAMEN-functie uit en drukt de waarde af, zoals =SAMEN.<FUNCTIE>(…) in Excel.",
  "Met --workbook rekent de functie met de modeltabellen in dat bestand in plaats van de brief.",
  "",
  "Functies:",
  ...(Object.keys(MODEL_FUNCTIONS) as (keyof typeof MODEL_FUNCTIONS)[]).map((name) => `  ${usageOf(name)}`),
  "  CHECK() (alleen met --workbook: het aantal fouten in de werkmap)",
  "",
  "Voorbeelden:",
  "  samen fn TOTAL 2024",
  '  samen fn GAP "meest kansrijk" 2024',
  '  samen fn GAP "mijn keuze" --workbook plan.xlsx',
  "",
  "Afsluitcode: 0 een waarde, 1 een formulefout (zoals #N/A), 2 verkeerd gebruik.",
].join("\n");

const WORKBOOK_OPTION = "--workbook";

/**
 * Splits `--workbook <file>` off the arguments; the rest stay in order. Any other `--` word (`--json`,
 * `--workbook=f`, a second `--workbook`) is a usage error, not a function argument.
 */
function takeWorkbookOption(args: readonly string[]): { file: string | null; rest: string[] } {
  let file: string | null = null;
  const rest: string[] = [];
  for (let at = 0; at < args.length; at++) {
    const arg = args[at];
    if (!arg.startsWith("--")) rest.push(arg);
    else if (arg !== WORKBOOK_OPTION) throw new UsageError(`${unknownOption(arg)}\n${usageLine(fnCommand)}`);
    else if (file !== null) throw new UsageError(`De optie ${WORKBOOK_OPTION} staat er meer dan één keer.`);
    else {
      file = args[++at];
      if (file === undefined || file.startsWith("--"))
        throw new UsageError(`Na ${WORKBOOK_OPTION} hoort een .xlsx-bestand.`);
    }
  }
  return { file, rest };
}

function print(value: FunctionValue, io: CommandIO): void {
  if (Array.isArray(value)) for (const item of value) io.out(String(item));
  else io.out(String(value));
}

async function planStateOfFile(file: string) {
  const { planStateOfWorkbook, readWorkbookFile } = await import("./fn-workbook");
  return planStateOfWorkbook(await readWorkbookFile(file));
}

async function run(args: readonly string[], io: CommandIO): Promise<ExitCode> {
  const { file, rest } = takeWorkbookOption(args);
  const [rawName, ...fnArgs] = rest;
  if (!rawName) throw new UsageError(`${usageLine(fnCommand)}\nMeer uitleg: samen fn --help`);
  const name = rawName.toUpperCase().replace(/^SAMEN\./, "");
  if (name === "CHECK") {
    if (!file) throw new UsageError("CHECK controleert een werkmap: samen fn CHECK --workbook <bestand.xlsx>");
    const { errorCountOf, readWorkbookFile } = await import("./fn-workbook");
    io.out(String(errorCountOf(await readWorkbookFile(file))));
    return EXIT.ok;
  }
  if (!isModelFunction(name)) throw new UsageError(`Onbekende functie "${rawName}".\n${HELP}`);
  const state = file ? await planStateOfFile(file) : ok(new PlanQueries(LETTER_PLAN));
  const context = needsFitEngine(name) ? { fitEngine: await loadFitEngine() } : {};
  const result = state.ok ? callModelFunction(state.value, name, fnArgs, context) : state;
  if (!result.ok) {
    io.out(`${errorCode(result)}: ${result.message}`);
    return EXIT.failed;
  }
  print(result.value, io);
  return EXIT.ok;
}

export const fnCommand: Command = { help: HELP, run };
