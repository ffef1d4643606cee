/**
 * The picker's figures, all from the core: a selection is made into a plan (PlanQueries.makePlan) and
 * costed per year by PlanQueries.figures, exactly as SAMEN.COST and SAMEN.GAP do, so pane and formulas
 * cannot disagree.
 */
import type { EstimateEnd, PlanQueries, PlanYear } from "../../model/queries";
import type { ResolvedPlan } from "../../model/plans";
import type { ScenarioYear } from "../../model/years";

export type YearTotals = PlanYear;

export interface SelectionTotals {
  plan: ResolvedPlan;
  /** Chosen proposals without an estimate: listed, not counted as zero. */
  unknown: number[];
  years: YearTotals[];
}

export function selectionTotals(
  queries: PlanQueries,
  numbers: Iterable<number>,
  startYear: ScenarioYear,
  estimate: EstimateEnd,
): SelectionTotals {
  const made = queries.makePlan(
    [...numbers].map((number) => ({ number, startYear })),
    [],
  );
  // The picker offers only the table's proposals and the scenario years, so the plan always makes.
  const plan = made.ok ? made.value : { proposals: [], cuts: [] };
  const { years, unknown } = queries.figures(plan, estimate);
  return { plan, unknown, years };
}
