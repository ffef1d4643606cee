/**
 * What a resolved plan costs and frees, per year, computed once: each proposal from its own start year
 * (incidental in that year, structural in every year from it on), each cut row's amounts as the plan
 * holds them, over the plan years only (docs/contracts/horizon.md). The formulas and the pane read these
 * figures; a GAP is a lookup.
 */
import type { CostedProposal, ResolvedPlan } from "./resolver";
import { printPlan } from "./resolver";
import type { Action } from "../schema";
import { yearAmounts, type YearAmounts } from "../horizon/years";
import type { Horizon } from "../horizon/horizon";

export const COST_KINDS = ["totaal", "incidenteel", "structureel"] as const;
export type CostKind = (typeof COST_KINDS)[number];
export const ESTIMATES = ["laag", "hoog"] as const;
export type EstimateEnd = (typeof ESTIMATES)[number];

/** Keyed by plan year. */
interface CostYears {
  incidental: YearAmounts;
  structural: YearAmounts;
  /** Reserve + freed − cost of each year. */
  gap: YearAmounts;
  /** The running sum of gap from the first plan year to each year. */
  cumulative: YearAmounts;
}

export interface CostedPlan {
  plan: ResolvedPlan;
  /** The canonical text. */
  text: string;
  /** Proposals of the plan without an estimate: they add nothing to the cost and are counted, never hidden. */
  unknown: number[];
  freed: YearAmounts;
  estimates: Record<EstimateEnd, CostYears>;
}

export interface CostWorld {
  proposals: ReadonlyMap<number, CostedProposal>;
  actions: ReadonlyMap<number, Action>;
  /** The reserve line (h in the letter): what every gap starts from. */
  reserve: YearAmounts;
  horizon: Horizon;
}

function costYears(plan: ResolvedPlan, world: CostWorld, freed: YearAmounts, end: "low" | "high"): CostYears {
  const years = world.horizon.planYears;
  const incidental = yearAmounts(years, () => 0);
  const structural = yearAmounts(years, () => 0);
  for (const { number, startYear } of plan.proposals) {
    const { cost } = world.proposals.get(number)!;
    if (cost.incidental === null || cost.structural === null) continue;
    incidental[startYear] += cost.incidental[end];
    for (const year of years) if (year >= startYear) structural[year] += cost.structural[end];
  }
  const gap = yearAmounts(years, (year) => world.reserve[year] + freed[year] - incidental[year] - structural[year]);
  let running = 0;
  const cumulative = yearAmounts(years, (year) => (running += gap[year]));
  return { incidental, structural, gap, cumulative };
}

export function costPlan(plan: ResolvedPlan, world: CostWorld): CostedPlan {
  const rows = new Set(plan.cuts.map((number) => world.actions.get(number)!));
  const freed = yearAmounts(world.horizon.planYears, (year) =>
    [...rows].reduce((sum, row) => sum + row.amounts[year], 0),
  );
  const unknown = plan.proposals
    .map(({ number }) => number)
    .filter((number) => {
      const { cost } = world.proposals.get(number)!;
      return cost.incidental === null || cost.structural === null;
    });
  return {
    plan,
    text: printPlan(plan),
    unknown,
    freed,
    estimates: { laag: costYears(plan, world, freed, "low"), hoog: costYears(plan, world, freed, "high") },
  };
}

/** The cost in a plan year. */
export function costIn(costed: CostedPlan, year: number, kind: CostKind, estimate: EstimateEnd): number {
  const { incidental, structural } = costed.estimates[estimate];
  return (kind !== "structureel" ? incidental[year] : 0) + (kind !== "incidenteel" ? structural[year] : 0);
}

/** One year of a plan as the pane shows it. */
export interface PlanYear {
  year: number;
  reserve: number;
  freed: number;
  incidental: number;
  structural: number;
  cost: number;
  /** Reserve + freed − cost: negative is a shortfall. */
  gap: number;
  cumulativeGap: number;
}

/** One entry per plan year. */
export function planYears(costed: CostedPlan, world: CostWorld, estimate: EstimateEnd): PlanYear[] {
  const figures = costed.estimates[estimate];
  const reserve = world.reserve;
  return world.horizon.planYears.map((year) => ({
    year,
    reserve: reserve[year],
    freed: costed.freed[year],
    incidental: figures.incidental[year],
    structural: figures.structural[year],
    cost: figures.incidental[year] + figures.structural[year],
    gap: figures.gap[year],
    cumulativeGap: figures.cumulative[year],
  }));
}
