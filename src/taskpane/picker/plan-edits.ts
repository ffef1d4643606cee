/**
 * The pane's edits of the plan being made. The plan is the core's resolved plan throughout: every edit
 * makes a new one through PlanQueries.makePlan, so the pane holds nothing the core did not check and
 * print (the shared row "3 en 4" is cut whole, proposals and cuts stay sorted).
 */
import type { PlanQueries } from "../../model/functions/queries";
import type { PlannedProposal, ResolvedPlan } from "../../model/plans/resolver";
import type { Action } from "../../model/schema";
/** The empty plan of a horizon: nothing chosen, its first plan year the default start. */
export function emptyPlan(queries: PlanQueries): ResolvedPlan {
  return { proposals: [], cuts: [], firstPlanYear: queries.horizon.firstPlanYear };
}

function remade(
  queries: PlanQueries,
  plan: ResolvedPlan,
  proposals: readonly PlannedProposal[],
  cuts: readonly number[],
) {
  const made = queries.makePlan(proposals, cuts);
  // The pane offers only the workbook's proposals and actions and the scenario years: this always makes.
  return made.ok ? made.value : plan;
}

export function startYearOf(plan: ResolvedPlan, number: number): number | undefined {
  return plan.proposals.find((proposal) => proposal.number === number)?.startYear;
}

export function withProposal(queries: PlanQueries, plan: ResolvedPlan, number: number, chosen: boolean): ResolvedPlan {
  const others = plan.proposals.filter((proposal) => proposal.number !== number);
  const proposals = chosen ? [...others, { number, startYear: queries.horizon.firstPlanYear }] : others;
  return remade(queries, plan, proposals, plan.cuts);
}

export function withStartYear(queries: PlanQueries, plan: ResolvedPlan, number: number, year: number) {
  const proposals = plan.proposals.map((proposal) =>
    proposal.number === number ? { number, startYear: year } : proposal,
  );
  return remade(queries, plan, proposals, plan.cuts);
}

export function isCut(plan: ResolvedPlan, action: Action): boolean {
  return plan.cuts.includes(action.numbers[0]);
}

export function withCut(queries: PlanQueries, plan: ResolvedPlan, action: Action, cut: boolean): ResolvedPlan {
  const others = plan.cuts.filter((number) => !action.numbers.includes(number));
  return remade(queries, plan, plan.proposals, cut ? [...others, ...action.numbers] : others);
}

/** The action rows the plan cuts, each once. */
export function cutRows(queries: PlanQueries, plan: ResolvedPlan): Action[] {
  const rows = queries.actionRows();
  return [...new Set(plan.cuts.map((number) => rows.get(number)!))];
}
