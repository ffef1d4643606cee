/** The one live plan of the shared runtime, and how a SAMEN cell subscribes to it. */
import type { Arg } from "../model/args";
import type { FunctionValue, ModelFunctionName } from "../model/functions";
import type { Result } from "../model/result";
import { LivePlan } from "./live-plan";
import { streamFunction, type ResultSink } from "./stream";

export const livePlan = new LivePlan();

export function stream<T>(
  name: ModelFunctionName,
  args: readonly Arg[],
  invocation: ResultSink<T>,
  toCell: (result: Result<FunctionValue>) => T,
): void {
  streamFunction(livePlan, name, args, invocation, toCell);
}
