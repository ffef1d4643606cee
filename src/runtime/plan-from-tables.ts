/**
 * The plan state the SAMEN cells answer from, given the model tables read from the workbook: no model
 * tables, the letter; model tables, their plan and saved scenarios (read by the layout's
 * readPlanFromTables), or its Dutch message in every SAMEN cell when they cannot be read.
 */
// The reader, not the layout's index: that brings the writer's Overzicht and print setup into functions.js.
import { readPlanFromTables, type ModelTables } from "../layout/read-plan";
import { LETTER_PLAN } from "../model/letter/dataset";
import { PlanQueries } from "../model/functions/queries";
import { invalid, ok } from "../model/result";
import type { PlanState } from "./live-plan";

export function planStateFrom(tables: ModelTables): PlanState {
  if (Object.keys(tables).length === 0) return ok(new PlanQueries(LETTER_PLAN));
  try {
    const read = readPlanFromTables(tables);
    return read.ok ? ok(new PlanQueries(read.value.plan, read.value.scenarios)) : read;
  } catch {
    // A cell of a kind the reader did not foresee must not leave the SAMEN cells on stale values.
    return invalid("De modeltabellen zijn niet te lezen.");
  }
}
