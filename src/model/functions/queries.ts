/**
 * The queries behind the SAMEN formula library, over one plan and the scenarios saved with it.
 * Everything a query needs is indexed once in the constructor; a call looks up, it does not scan.
 */
import {
  isMissing,
  toBoolean,
  toChoice,
  toInteger,
  toOptionalPlanYear,
  toOptionalYear,
  toText,
  toYear,
  type Arg,
} from "./args";
import { firstYearHigh, parseCostText } from "../money/cost-parser";
import {
  costIn,
  costPlan,
  COST_KINDS,
  ESTIMATES,
  planYears,
  type CostedPlan,
  type EstimateEnd,
  type PlanYear,
} from "../plans/costs";
import { PlanLinks } from "../links/plan-links";
import { PlanResolver, savedPartsOf, type CostedProposal, type ResolvedPlan } from "../plans/resolver";
import { invalid, notAvailable, ok, type Result } from "../result";
import {
  formatSource,
  planHorizon,
  reserveLineOf,
  type Action,
  type BudgetLine,
  type Plan,
  type SavedPlan,
} from "../schema";
import { sumYears, yearAmounts, type YearAmounts } from "../horizon/years";
import { choosePlanYear, frameIn, isHorizonYear, type Horizon } from "../horizon/horizon";
import type { CostWorld } from "../plans/costs";

export { COST_KINDS, ESTIMATES, type CostKind, type EstimateEnd, type PlanYear } from "../plans/costs";
export const PROPOSAL_FIELDS = [
  "kosten",
  "thema",
  "prioriteit",
  "omschrijving",
  "toelichting",
  "status",
  "incidenteel",
  "structureel",
  "hoog",
  "bron",
  "acties",
  "actielijnen",
  "voorstellen",
  "gereserveerd",
] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

const ACTION_LINE_PATTERN = /^actielijn\s*(\d+)$/;
const LINE_LETTER_PATTERN = /^([a-z])\.?$/;

/** Plan texts costed so far; past this many distinct texts the cache starts over, so memory stays bounded. */
const MAX_CACHED_PLANS = 10_000;

export class PlanQueries {
  private readonly resolver: PlanResolver;
  private readonly costed = new Map<string, Result<CostedPlan>>();
  readonly horizon: Horizon;
  private readonly world: CostWorld;
  private readonly lines = new Map<string, BudgetLine>();
  private readonly lineByActionLine = new Map<number, BudgetLine>();
  private readonly yearTotals: YearAmounts;
  private readonly actions = new Map<number, Action>();
  private readonly actionLineTotals = new Map<number, YearAmounts>();
  private readonly proposals = new Map<number, CostedProposal>();
  private readonly highestAction: number;
  private planLinks: PlanLinks | null = null;

  constructor(
    readonly plan: Plan,
    saved: readonly SavedPlan[] = [],
  ) {
    for (const line of plan.budgetLines) {
      this.lines.set(line.id, line);
      if (line.actionLine !== null) this.lineByActionLine.set(line.actionLine, line);
    }
    this.horizon = planHorizon(plan);
    const { years } = this.horizon;
    this.yearTotals = yearAmounts(years, (year) => plan.budgetLines.reduce((sum, line) => sum + line.amounts[year], 0));
    for (const action of plan.actions) {
      for (const number of action.numbers) this.actions.set(number, action);
      const total = this.actionLineTotals.get(action.actionLine) ?? yearAmounts(years, () => 0);
      for (const year of years) total[year] += action.amounts[year];
      this.actionLineTotals.set(action.actionLine, total);
    }
    this.highestAction = [...this.actions.keys()].reduce((a, b) => Math.max(a, b), -Infinity);
    for (const proposal of plan.proposals) {
      this.proposals.set(proposal.number, { proposal, cost: parseCostText(proposal.costText) });
    }
    this.resolver = new PlanResolver({
      proposals: this.proposals,
      actions: this.actions,
      saved,
      horizon: this.horizon,
    });
    // The reserve is the line whose description starts with "Reservering" (line h in the letter).
    const reserve = reserveLineOf(plan).amounts;
    this.world = { proposals: this.proposals, actions: this.actions, reserve, horizon: this.horizon };
  }

  savedPlans(): readonly SavedPlan[] {
    return this.resolver.savedPlans();
  }

  /** Every action number to its row: 3 and 4 to the one shared row. */
  actionRows(): ReadonlyMap<number, Action> {
    return this.actions;
  }

  /** A plan text (or a proposal number) resolved: built-in and saved names, lists, `zonder`, `schrap`, `vanaf`. */
  resolvePlan(arg: Arg): Result<ResolvedPlan> {
    const costed = this.costedPlan(arg);
    return costed.ok ? ok(costed.value.plan) : costed;
  }

  /** A plan from its parts, as the pane and the optimizer build one: checked, sorted, shared rows whole. */
  makePlan(proposals: readonly { number: number; startYear: number }[], cuts: readonly number[]): Result<ResolvedPlan> {
    return this.resolver.make(proposals, cuts);
  }

  /** Per plan year: reserve, freed, cost, gap and the running gap; and the proposals without an estimate. */
  figures(plan: ResolvedPlan, estimate: EstimateEnd = "laag"): { years: PlanYear[]; unknown: number[] } {
    const costed = this.costOf(plan);
    return { years: planYears(costed, this.world, estimate), unknown: costed.unknown };
  }

  /** A resolved plan as the rows that save it (expanded: proposal rows, then one row per cut action row). */
  savedPlanOf(name: string, plan: ResolvedPlan): SavedPlan {
    return { name, parts: savedPartsOf(plan, this.actions) };
  }

  private costOf(plan: ResolvedPlan): CostedPlan {
    return costPlan(plan, this.world);
  }

  /**
   * Cached, failures too, under the text as typed: formulas repeat the same text, and parsing costs more
   * than the lookup.
   */
  private costedPlan(arg: Arg): Result<CostedPlan> {
    const seen = typeof arg === "string" ? this.costed.get(arg) : undefined;
    if (seen) return seen;
    const text = planText(arg);
    if (!text.ok) return text;
    const cached = this.costed.get(text.value);
    if (cached) return cached;
    const resolved = this.resolver.resolve(text.value);
    const result = resolved.ok ? ok(this.costOf(resolved.value)) : resolved;
    if (this.costed.size >= MAX_CACHED_PLANS) this.costed.clear();
    this.costed.set(text.value, result);
    return result;
  }

  /** What the proposals say about the plan, read on first use: most queries never need it. */
  get links(): PlanLinks {
    return (this.planLinks ??= new PlanLinks(this.plan));
  }

  costedProposals(): CostedProposal[] {
    return [...this.proposals.values()];
  }

  /** TOTAL(year, [line]): the programme total of a year, or one budget line. */
  total(yearArg: Arg, lineArg?: Arg): Result<number> {
    const year = toYear(yearArg, this.horizon);
    if (!year.ok) return year;
    if (isMissing(lineArg)) return ok(this.yearTotals[year.value]);
    const line = this.budgetLine(lineArg);
    return line.ok ? ok(line.value.amounts[year.value]) : line;
  }

  /** BUDGET(year): the year's frame from the Kader table (€ 2 mln a year in the letter). */
  budget(yearArg: Arg): Result<number> {
    const year = toYear(yearArg, this.horizon);
    return year.ok ? ok(frameIn(this.horizon, year.value)) : year;
  }

  /** RESERVE(year): the reserve line (h in the letter), the reserve for follow-up actions. */
  reserve(yearArg: Arg): Result<number> {
    const year = toYear(yearArg, this.horizon);
    return year.ok ? ok(this.world.reserve[year.value]) : year;
  }

  /** ACTIELIJN(n, [year]): the total of an action line's detail table, each row counted once. */
  actionLine(lineArg: Arg, yearArg?: Arg): Result<number> {
    const line = toInteger(lineArg, "Het nummer van de actielijn");
    if (!line.ok) return line;
    const totals = this.actionLineTotals.get(line.value);
    if (!totals)
      return notAvailable(
        `Onbekende actielijn ${line.value}: er zijn actielijnen 1 tot en met ${this.actionLineTotals.size}.`,
      );
    return this.inYearOrAll(totals, yearArg);
  }

  /** ACTION(n, [year]): the amount of an action; 3 and 4 both answer with their shared row. */
  action(numberArg: Arg, yearArg?: Arg): Result<number> {
    const number = toInteger(numberArg, "Het actienummer");
    if (!number.ok) return number;
    const action = this.actions.get(number.value);
    if (!action)
      return notAvailable(`Onbekende actie ${number.value}: er zijn acties 1 tot en met ${this.highestAction}.`);
    return this.inYearOrAll(action.amounts, yearArg);
  }

  /** PROPOSAL(n, [field]): a field of a proposal of Bijlage 1. */
  proposal(numberArg: Arg, fieldArg?: Arg): Result<string | number> {
    const number = toInteger(numberArg, "Het voorstelnummer");
    if (!number.ok) return number;
    const entry = this.proposals.get(number.value);
    if (!entry)
      return notAvailable(
        `Onbekend voorstel ${number.value}: er zijn voorstellen 1 tot en met ${this.proposals.size}.`,
      );
    const field = toChoice(fieldArg, "Het veld", PROPOSAL_FIELDS, "kosten");
    if (!field.ok) return field;
    const { proposal, cost } = entry;
    switch (field.value) {
      case "kosten":
        return ok(proposal.costText);
      case "thema":
        return ok(proposal.theme);
      case "prioriteit":
        return ok(proposal.priority);
      case "omschrijving":
        return ok(proposal.text);
      case "toelichting":
        return ok(proposal.appraisal);
      case "status":
        return ok(cost.status);
      case "bron":
        return ok(formatSource(proposal.source));
      case "acties":
      case "actielijnen":
      case "voorstellen":
      case "gereserveerd":
        return this.proposalLink(proposal.number, field.value);
    }
    if (cost.incidental === null || cost.structural === null) {
      return notAvailable(`Voorstel ${proposal.number} heeft nog geen raming ("${proposal.costText}").`);
    }
    switch (field.value) {
      case "incidenteel":
        return ok(cost.incidental.low);
      case "structureel":
        return ok(cost.structural.low);
      case "hoog":
        return ok(firstYearHigh(cost)!);
    }
  }

  /** The link fields of PROPOSAL: numbers as text ("22, 24, 25"), the reservation in euros (per year when structural). */
  private proposalLink(
    number: number,
    field: "acties" | "actielijnen" | "voorstellen" | "gereserveerd",
  ): Result<string | number> {
    const links = this.links.of(number)!;
    if (field === "gereserveerd") {
      return links.reservation
        ? ok(links.reservation.euros)
        : notAvailable(`De appreciatie van voorstel ${number} noemt geen bedrag dat al in het plan gereserveerd is.`);
    }
    const numbers = { acties: links.actions, actielijnen: links.actionLines, voorstellen: links.proposals }[field];
    return ok(numbers.join(", "));
  }

  /** COST(plan, [year], [kind], [estimate]): what a plan costs; no year: the sum over the plan years. */
  cost(planArg: Arg, yearArg?: Arg, kindArg?: Arg, estimateArg?: Arg): Result<number> {
    const costed = this.costedPlan(planArg);
    if (!costed.ok) return costed;
    const year = toOptionalPlanYear(yearArg, this.horizon);
    if (!year.ok) return year;
    const kind = toChoice(kindArg, "De soort kosten", COST_KINDS, "totaal");
    if (!kind.ok) return kind;
    const estimate = toChoice(estimateArg, "De raming", ESTIMATES, "laag");
    if (!estimate.ok) return estimate;
    const years = year.value === null ? this.horizon.planYears : [year.value];
    let total = 0;
    for (const y of years) total += costIn(costed.value, y, kind.value, estimate.value);
    return ok(total);
  }

  /** FREED(plan, [year]): what the plan's cuts give back to the reserve; no year: the sum over the plan years. */
  freed(planArg: Arg, yearArg?: Arg): Result<number> {
    const costed = this.costedPlan(planArg);
    if (!costed.ok) return costed;
    const year = toOptionalPlanYear(yearArg, this.horizon);
    if (!year.ok) return year;
    const { freed } = costed.value;
    return ok(year.value === null ? sumYears(freed, this.horizon.planYears) : freed[year.value]);
  }

  /** GAP(plan, [year], [estimate], [cumulative]): reserve + freed − cost; negative is a shortfall. */
  gap(planArg: Arg, yearArg?: Arg, estimateArg?: Arg, cumulativeArg?: Arg): Result<number> {
    const costed = this.costedPlan(planArg);
    if (!costed.ok) return costed;
    const cumulative = toBoolean(cumulativeArg, "Cumulatief", false);
    if (!cumulative.ok) return cumulative;
    const year = this.gapYear(yearArg, cumulative.value);
    if (!year.ok) return year;
    const estimate = toChoice(estimateArg, "De raming", ESTIMATES, "laag");
    if (!estimate.ok) return estimate;
    const figures = costed.value.estimates[estimate.value];
    if (year.value === null) return ok(figures.cumulative[this.horizon.lastPlanYear]);
    return ok((cumulative.value ? figures.cumulative : figures.gap)[year.value]);
  }

  /** A plan year; a cumulative gap before the first plan year says where the running sum starts. */
  private gapYear(yearArg: Arg, cumulative: boolean): Result<number | null> {
    const year = toOptionalPlanYear(yearArg, this.horizon);
    if (year.ok || !cumulative) return year;
    const typed = toInteger(yearArg, "Het jaar");
    if (typed.ok && isHorizonYear(this.horizon, typed.value) && typed.value < this.horizon.firstPlanYear) {
      return notAvailable(
        `Cumulatief telt vanaf ${this.horizon.firstPlanYear}: ${choosePlanYear(this.horizon.planYears)}.`,
      );
    }
    return year;
  }

  /** UNKNOWN(plan): how many proposals of the plan have no estimate. */
  unknown(planArg: Arg): Result<number> {
    const costed = this.costedPlan(planArg);
    return costed.ok ? ok(costed.value.unknown.length) : costed;
  }

  /** PROPOSALS(plan): the proposal numbers, for a spilled column. */
  proposalNumbers(planArg: Arg): Result<number[]> {
    const costed = this.costedPlan(planArg);
    return costed.ok ? ok(costed.value.plan.proposals.map((proposal) => proposal.number)) : costed;
  }

  budgetLine(lineArg: Arg): Result<BudgetLine> {
    const text = toText(lineArg, "De regel");
    if (!text.ok) return text;
    const key = text.value.toLowerCase().replace(/\s+/g, " ");
    const letter = LINE_LETTER_PATTERN.exec(key);
    const byLetter = letter ? this.lines.get(letter[1]) : undefined;
    if (byLetter) return ok(byLetter);
    const actionLine = ACTION_LINE_PATTERN.exec(key);
    const line = actionLine ? this.lineByActionLine.get(Number(actionLine[1])) : undefined;
    if (line) return ok(line);
    const ids = [...this.lines.keys()];
    const actionLines = [...this.lineByActionLine.keys()].sort((a, b) => a - b);
    return notAvailable(
      `Onbekende regel "${text.value}": kies "${ids[0]}" tot en met "${ids[ids.length - 1]}" of "actielijn ${actionLines[0]}" tot en met "actielijn ${actionLines[actionLines.length - 1]}".`,
    );
  }

  private inYearOrAll(amounts: YearAmounts, yearArg: Arg): Result<number> {
    const year = toOptionalYear(yearArg, this.horizon);
    if (!year.ok) return year;
    return ok(year.value === null ? sumYears(amounts, this.horizon.years) : amounts[year.value]);
  }
}

/** The plan argument as text: a text as typed, or a whole number such as 13 for one proposal. */
function planText(arg: Arg): Result<string> {
  if (typeof arg === "string") return ok(arg);
  if (typeof arg === "number" && Number.isSafeInteger(arg)) return ok(String(arg));
  return invalid('Het scenario moet tekst zijn, zoals "meest kansrijk", "3 vanaf 2025, 13" of "kansrijk; schrap 26".');
}
