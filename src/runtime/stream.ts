/**
 * A SAMEN cell as a stream: it answers from the current state of a live value and again after every
 * change that alters its own result, until Excel cancels it (the formula was deleted or changed).
 */
import type { Arg } from "../model/functions/args";
import {
  callModelFunction,
  type FunctionContext,
  type FunctionValue,
  type ModelFunctionName,
} from "../model/functions/table";
import { invalid, type Result } from "../model/result";
import type { PlanState } from "./live-plan";
import type { LiveValue } from "./live-value";

export interface ResultSink<T> {
  setResult(value: T): void;
  onCanceled?: () => void;
}

/** A bug in the model must show as #VALUE! in one cell, never as an exception in the shared runtime. */
export function evaluate(
  state: PlanState,
  name: ModelFunctionName,
  args: readonly Arg[],
  context: FunctionContext = {},
): Result<FunctionValue> {
  if (!state.ok) return state;
  try {
    return callModelFunction(state.value, name, args, context);
  } catch {
    return invalid(`SAMEN.${name} kon deze argumenten niet verwerken.`);
  }
}

export function streamResult<S, V, T>(
  live: LiveValue<S>,
  compute: (state: S) => Result<V>,
  invocation: ResultSink<T>,
  toCell: (result: Result<V>) => T,
): void {
  let last: string | undefined;
  const stop = live.subscribe((state) => {
    const result = compute(state);
    // Setting an unchanged value would still make Excel redraw the cell and recalculate its dependants.
    const key = JSON.stringify(result);
    if (key === last) return;
    last = key;
    invocation.setResult(toCell(result));
  });
  invocation.onCanceled = stop;
}

export function streamFunction<T>(
  live: LiveValue<PlanState>,
  name: ModelFunctionName,
  args: readonly Arg[],
  invocation: ResultSink<T>,
  toCell: (result: Result<FunctionValue>) => T,
  context: FunctionContext = {},
): void {
  streamResult(live, (state) => evaluate(state, name, args, context), invocation, toCell);
}
