/**
 * What a workbook's saved plans resolve against, as the SAMEN functions would resolve them in that
 * workbook: its proposal and action numbers (the letter's where it has no such table) and its plan years
 * (workbookHorizon). Costs and amounts play no part in whether a plan reads, so they are not gathered.
 */
import { makeHorizon, type Horizon, type KaderRow } from "../model/horizon/horizon";
import { LETTER_PLAN } from "../model/letter/dataset";
import { parseCostText } from "../model/money/cost-parser";
import type { CostedProposal, PlanWorld } from "../model/plans/resolver";
import { planHorizon, type Action, type SavedPlan } from "../model/schema";
import { workbookHorizon } from "./horizon";
import type { RuleContext } from "./rule";

function horizonOfWorkbook(context: RuleContext): Horizon {
  const { years, planYears, frameOf } = workbookHorizon(context);
  const kader: KaderRow[] = years.map((year) => ({
    year,
    frame: frameOf(year),
    phase: year < planYears[0] ? "realisatie" : year === planYears[0] ? "begroting" : "raming",
    source: "",
  }));
  const horizon = makeHorizon(kader);
  // Years that make no horizon are year-columns' finding; the plans are then read as the letter's.
  return horizon.ok ? horizon.value : planHorizon(LETTER_PLAN);
}

function proposalsOf(context: RuleContext): Map<number, CostedProposal> {
  const letter = new Map(LETTER_PLAN.proposals.map((proposal) => [proposal.number, proposal]));
  const numbers = context.tables.proposalTables.flatMap((table) => table.rows.map((row) => row.number));
  const proposals = numbers.length > 0 ? numbers : [...letter.keys()];
  // A proposal the letter lacks keeps its number; no priority of its own selects it for a built-in plan.
  const placeholder = LETTER_PLAN.proposals[0];
  return new Map(
    proposals.map((number) => {
      const proposal = letter.get(number) ?? { ...placeholder, number, priority: "-" };
      return [number, { proposal, cost: parseCostText(proposal.costText) }];
    }),
  );
}

function actionsOf(context: RuleContext): Map<number, Action> {
  const rows: Action[] = context.tables.amountTables
    .filter((table) => table.kind === "detail")
    .flatMap((table) =>
      table.rows
        .filter((row) => row.actionNumbers.length > 0)
        .map((row) => ({
          numbers: row.actionNumbers,
          actionLine: row.actionLine ?? table.actionLine ?? 1,
          description: row.label,
          amounts: {},
          source: { bijlage: 2 as const, table: table.title, row: row.label },
        })),
    );
  const actions = rows.length > 0 ? rows : LETTER_PLAN.actions;
  return new Map(actions.flatMap((action) => action.numbers.map((number) => [number, action] as const)));
}

export function workbookPlanWorld(context: RuleContext, saved: readonly SavedPlan[]): PlanWorld {
  return { proposals: proposalsOf(context), actions: actionsOf(context), saved, horizon: horizonOfWorkbook(context) };
}
