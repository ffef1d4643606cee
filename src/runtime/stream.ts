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

/**
 * Answers already worked out, per plan state: a cell Excel invokes again with the same arguments (a
 * ribbon click, a second calculation on the web, a recalculation at start) costs no second FIT and
 * answers at once, so it never shows #BUSY! in between (docs/fake-host.md).
 */
const answers = new WeakMap<PlanState, Map<string, Result<FunctionValue>>>();

function remembered(state: PlanState, key: string, work: () => Result<FunctionValue>): Result<FunctionValue> {
  let known = answers.get(state);
  if (!known) answers.set(state, (known = new Map()));
  let answer = known.get(key);
  if (!answer) known.set(key, (answer = work()));
  return answer;
}

export function streamFunction<T>(
  live: LiveValue<PlanState>,
  name: ModelFunctionName,
  args: readonly Arg[],
  invocation: ResultSink<T>,
  toCell: (result: Result<FunctionValue>) => T,
  context: FunctionContext = {},
): void {
  const key = JSON.stringify([name, args]);
  streamResult(live, (state) => remembered(state, key, () => evaluate(state, name, args, context)), invocation, toCell);
}
