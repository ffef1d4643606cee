/** What an answer of Dekking zoeken changes in the plan it started from, as the pane shows it. */
import type { ResolvedPlan } from "../plans/resolver";
import type { Action } from "../schema";

export interface PlanDifference {
  /** Rows cut by the answer and not by the plan, by their first number ascending. */
  cut: Action[];
  delayed: { number: number; from: number; to: number }[];
  dropped: number[];
}

export function planDifference(
  before: ResolvedPlan,
  after: ResolvedPlan,
  actions: ReadonlyMap<number, Action>,
): PlanDifference {
  const rowsOf = (plan: ResolvedPlan) => new Set(plan.cuts.map((number) => actions.get(number)!));
  const cutBefore = rowsOf(before);
  const cut = [...rowsOf(after)].filter((row) => !cutBefore.has(row)).sort((a, b) => a.numbers[0] - b.numbers[0]);
  const startAfter = new Map(after.proposals.map((p) => [p.number, p.startYear]));
  const delayed = before.proposals.flatMap(({ number, startYear }) => {
    const to = startAfter.get(number);
    return to !== undefined && to !== startYear ? [{ number, from: startYear, to }] : [];
  });
  const dropped = before.proposals.filter(({ number }) => !startAfter.has(number)).map(({ number }) => number);
  return { cut, delayed, dropped };
}
