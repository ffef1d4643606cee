/**
 * Model results as Excel cell values: a typed failure becomes #VALUE! or #N/A with its Dutch message,
 * and a list becomes a column so PROPOSALS and FITS spill downwards.
 */
import type { FunctionValue } from "../model/functions/table";
import { notAvailable, type Result } from "../model/result";

function cellError(failure: { kind: "value" | "not-available"; message: string }): CustomFunctions.Error {
  const code =
    failure.kind === "value" ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.notAvailable;
  return new CustomFunctions.Error(code, failure.message);
}

export function toScalar(result: Result<FunctionValue>): number | string | CustomFunctions.Error {
  if (!result.ok) return cellError(result);
  return Array.isArray(result.value) ? result.value.join(", ") : result.value;
}

export function toNumber(result: Result<FunctionValue>): number | CustomFunctions.Error {
  if (!result.ok) return cellError(result);
  return typeof result.value === "number" ? result.value : cellError(notAvailable("Deze functie gaf geen getal."));
}

/** A list as a column, each value of the type `cellOf` gives it (Excel's metadata has no mixed arrays). */
function column<T>(
  result: Result<FunctionValue>,
  cellOf: (value: number | string) => T,
): T[][] | CustomFunctions.Error {
  if (!result.ok) return cellError(result);
  const values: readonly (number | string)[] = Array.isArray(result.value) ? result.value : [result.value];
  // Excel cannot spill an empty array; an empty scenario is an answer worth a message.
  if (values.length === 0) return cellError(notAvailable("Dit scenario bevat geen voorstellen."));
  return values.map((value) => [cellOf(value)]);
}

export const toColumn = (result: Result<FunctionValue>) => column(result, Number);
export const toTextColumn = (result: Result<FunctionValue>) => column(result, String);
