import { callModelFunction, isModelFunction, MODEL_FUNCTIONS, usageOf, type FunctionValue } from "../model/functions";
import { LETTER_PLAN } from "../model/plan";
import { PlanQueries } from "../model/queries";
import { errorCode } from "../model/result";
import { EXIT, UsageError, type CommandIO, type ExitCode } from "./io";

export const FN_USAGE = [
  "Gebruik: samen fn <FUNCTIE> [argumenten…]",
  "Functies:",
  ...Object.keys(MODEL_FUNCTIONS).map((name) => `  ${usageOf(name as keyof typeof MODEL_FUNCTIONS)}`),
  'Voorbeeld: samen fn GAP "meest kansrijk" 2024',
].join("\n");

function print(value: FunctionValue, io: CommandIO): void {
  if (Array.isArray(value)) for (const item of value) io.out(String(item));
  else io.out(String(value));
}

export async function fnCommand(args: readonly string[], io: CommandIO): Promise<ExitCode> {
  const [rawName, ...fnArgs] = args;
  if (!rawName) throw new UsageError(FN_USAGE);
  const name = rawName.toUpperCase().replace(/^SAMEN\./, "");
  if (!isModelFunction(name)) throw new UsageError(`Onbekende functie "${rawName}".\n${FN_USAGE}`);
  const result = callModelFunction(new PlanQueries(LETTER_PLAN), name, fnArgs);
  if (!result.ok) {
    io.out(`${errorCode(result)}: ${result.message}`);
    return EXIT.failed;
  }
  print(result.value, io);
  return EXIT.ok;
}
