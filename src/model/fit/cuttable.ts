/**
 * The action rows Dekking zoeken may cut by default: every row with an amount in 2024–2026 that the plan
 * does not cut already. Small and eager, for the pane's list; the search itself loads on first use.
 */
import type { ResolvedPlan } from "../plans";
import type { PlanQueries } from "../queries";
import type { Action } from "../schema";
import { SCENARIO_YEARS } from "../years";

/** Distinct rows of `rows` (3 and 4 are one) that the plan keeps. */
export function cuttableRows(queries: PlanQueries, plan: ResolvedPlan, rows: Iterable<Action>): Action[] {
  const cut = new Set(plan.cuts.map((number) => queries.actionRows().get(number)));
  return [...new Set(rows)].filter((row) => !cut.has(row));
}

export function defaultCuttable(queries: PlanQueries, plan: ResolvedPlan): Action[] {
  return cuttableRows(queries, plan, queries.actionRows().values()).filter((row) =>
    SCENARIO_YEARS.some((year) => row.amounts[year] !== 0),
  );
}
