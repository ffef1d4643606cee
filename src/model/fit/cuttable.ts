/**
 * The action rows Dekking zoeken may cut. Offered: every row with an amount in a plan year that the plan
 * does not cut already. Cut by default: those, less the rows a proposal of the plan builds on (its text
 * or appraisal names them, PlanLinks): cutting them would undercut the proposal, so the officer allows
 * them by name. Small and eager, for the pane's list; the search itself loads on first use.
 */
import type { ResolvedPlan } from "../plans/resolver";
import type { PlanQueries } from "../functions/queries";
import type { Action } from "../schema";

/** Distinct rows of `rows` (3 and 4 are one) that the plan keeps. */
export function cuttableRows(queries: PlanQueries, plan: ResolvedPlan, rows: Iterable<Action>): Action[] {
  const cut = new Set(plan.cuts.map((number) => queries.actionRows().get(number)));
  return [...new Set(rows)].filter((row) => !cut.has(row));
}

/** Every row the plan keeps that holds money in a plan year. */
export function offeredCuttable(queries: PlanQueries, plan: ResolvedPlan): Action[] {
  return cuttableRows(queries, plan, queries.actionRows().values()).filter((row) =>
    queries.horizon.planYears.some((year) => row.amounts[year] !== 0),
  );
}

/** Each row a proposal of the plan builds on, with those proposals ascending. */
export function rowsBuiltOn(queries: PlanQueries, plan: ResolvedPlan): Map<Action, number[]> {
  const builtOn = new Map<Action, number[]>();
  for (const { number } of plan.proposals) {
    for (const action of queries.links.actionsBuiltOn([number])) {
      const row = queries.actionRows().get(action);
      if (!row) continue;
      const proposals = builtOn.get(row) ?? [];
      if (!proposals.includes(number)) proposals.push(number);
      builtOn.set(row, proposals);
    }
  }
  return builtOn;
}

export function defaultCuttable(queries: PlanQueries, plan: ResolvedPlan): Action[] {
  const builtOn = rowsBuiltOn(queries, plan);
  return offeredCuttable(queries, plan).filter((row) => !builtOn.has(row));
}
