/**
 * The queries behind the SAMEN formula library, over one plan and the scenarios saved with it.
 * Everything a query needs is indexed once in the constructor; a call looks up, it does not scan.
 */
import { isMissing, toBoolean, toChoice, toInteger, toOptionalYear, toText, toYear, type Arg } from "./args";
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
import { formsText } from "../forms/forms";
import {
  formatSource,
  proposalForms,
  type Action,
  type BudgetLine,
  type BudgetLineId,
  type Plan,
  type SavedPlan,
} from "../schema";
import { SCENARIO_YEARS, sumYears, yearAmounts, YEARS, type YearAmounts } from "../horizon/years";

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
  "vormen",
] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

const ACTION_LINE_PATTERN = /^actielijn\s*(\d+)$/;
const LINE_LETTER_PATTERN = /^([a-h])\.?$/;

/** Plan texts costed so far; past this many distinct texts the cache starts over, so memory stays bounded. */
const MAX_CACHED_PLANS = 10_000;

export class PlanQueries {
  private readonly resolver: PlanResolver;
  private readonly costed = new Map<string, Result<CostedPlan>>();
  private readonly lines = new Map<BudgetLineId, BudgetLine>();
  private readonly lineByActionLine = new Map<number, BudgetLine>();
  private readonly yearTotals: YearAmounts;
  private readonly actions = new Map<number, Action>();
  private readonly actionLineTotals = new Map<number, YearAmounts>();
  private readonly proposals = new Map<number, CostedProposal>();
  private readonly highestAction: number;
  /** Line h, the reserve for follow-up actions: what every GAP subtracts from. */
  private readonly reserveAmounts: YearAmounts;
  private planLinks: PlanLinks | null = null;

  constructor(
    readonly plan: Plan,
    saved: readonly SavedPlan[] = [],
  ) {
    for (const line of plan.budgetLines) {
      this.lines.set(line.id, line);
      if (line.actionLine !== null) this.lineByActionLine.set(line.actionLine, line);
    }
    this.reserveAmounts = this.lines.get("h")!.amounts;
    this.yearTotals = yearAmounts((year) => plan.budgetLines.reduce((sum, line) => sum + line.amounts[year], 0));
    for (const action of plan.actions) {
      for (const number of action.numbers) this.actions.set(number, action);
      const total = this.actionLineTotals.get(action.actionLine) ?? yearAmounts(() => 0);
      for (const year of YEARS) total[year] += action.amounts[year];
      this.actionLineTotals.set(action.actionLine, total);
    }
    this.highestAction = [...this.actions.keys()].reduce((a, b) => Math.max(a, b), -Infinity);
    for (const proposal of plan.proposals) {
      this.proposals.set(proposal.number, { proposal, cost: parseCostText(proposal.costText) });
    }
    this.resolver = new PlanResolver({ proposals: this.proposals, actions: this.actions, saved });
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

  /** Per year 2024–2026: reserve, freed, cost, gap and the running gap; and the proposals without an estimate. */
  figures(plan: ResolvedPlan, estimate: EstimateEnd = "laag"): { years: PlanYear[]; unknown: number[] } {
    const costed = this.costOf(plan);
    return { years: planYears(costed, this.reserveAmounts, estimate), unknown: costed.unknown };
  }

  /** A resolved plan as the rows that save it (expanded: proposal rows, then one row per cut action row). */
  savedPlanOf(name: string, plan: ResolvedPlan): SavedPlan {
    return { name, parts: savedPartsOf(plan, this.actions) };
  }

  private costOf(plan: ResolvedPlan): CostedPlan {
    return costPlan(plan, { proposals: this.proposals, actions: this.actions, reserve: this.reserveAmounts });
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
    const year = toYear(yearArg);
    if (!year.ok) return year;
    if (isMissing(lineArg)) return ok(this.yearTotals[year.value]);
    const line = this.budgetLine(lineArg);
    return line.ok ? ok(line.value.amounts[year.value]) : line;
  }

  /** BUDGET(year): the frame of € 2 mln a year. */
  budget(yearArg: Arg): Result<number> {
    const year = toYear(yearArg);
    return year.ok ? ok(this.plan.frame) : year;
  }

  /** RESERVE(year): budget line h, the reserve for follow-up actions. */
  reserve(yearArg: Arg): Result<number> {
    const year = toYear(yearArg);
    return year.ok ? ok(this.reserveAmounts[year.value]) : year;
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
      case "vormen":
        return ok(formsText(proposalForms(proposal)));
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

  /** COST(plan, [year], [kind], [estimate]): what a plan costs; no year: 2024–2026. */
  cost(planArg: Arg, yearArg?: Arg, kindArg?: Arg, estimateArg?: Arg): Result<number> {
    const costed = this.costedPlan(planArg);
    if (!costed.ok) return costed;
    const year = toOptionalYear(yearArg);
    if (!year.ok) return year;
    const kind = toChoice(kindArg, "De soort kosten", COST_KINDS, "totaal");
    if (!kind.ok) return kind;
    const estimate = toChoice(estimateArg, "De raming", ESTIMATES, "laag");
    if (!estimate.ok) return estimate;
    const years = year.value === null ? SCENARIO_YEARS : [year.value];
    let total = 0;
    for (const y of years) total += costIn(costed.value, y, kind.value, estimate.value);
    return ok(total);
  }

  /** FREED(plan, [year]): what the plan's cuts give back to the reserve; no year: 2024–2026. */
  freed(planArg: Arg, yearArg?: Arg): Result<number> {
    const costed = this.costedPlan(planArg);
    if (!costed.ok) return costed;
    const year = toOptionalYear(yearArg);
    if (!year.ok) return year;
    return ok(year.value === null ? sumYears(costed.value.freed, SCENARIO_YEARS) : costed.value.freed[year.value]);
  }

  /** GAP(plan, [year], [estimate], [cumulative]): reserve + freed − cost; negative is a shortfall. */
  gap(planArg: Arg, yearArg?: Arg, estimateArg?: Arg, cumulativeArg?: Arg): Result<number> {
    const costed = this.costedPlan(planArg);
    if (!costed.ok) return costed;
    const year = toOptionalYear(yearArg);
    if (!year.ok) return year;
    const estimate = toChoice(estimateArg, "De raming", ESTIMATES, "laag");
    if (!estimate.ok) return estimate;
    const cumulative = toBoolean(cumulativeArg, "Cumulatief", false);
    if (!cumulative.ok) return cumulative;
    const figures = costed.value.estimates[estimate.value];
    if (year.value === null) return ok(figures.cumulative[2026]);
    if (!cumulative.value) return ok(figures.gap[year.value]);
    if (year.value === 2023) return notAvailable("Cumulatief telt vanaf 2024: kies 2024, 2025 of 2026.");
    return ok(figures.cumulative[year.value]);
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
    if (letter) return ok(this.lines.get(letter[1] as BudgetLineId)!);
    const actionLine = ACTION_LINE_PATTERN.exec(key);
    const line = actionLine ? this.lineByActionLine.get(Number(actionLine[1])) : undefined;
    if (line) return ok(line);
    return notAvailable(
      `Onbekende regel "${text.value}": kies "a" tot en met "h" of "actielijn 1" tot en met "actielijn 5".`,
    );
  }

  private inYearOrAll(amounts: YearAmounts, yearArg: Arg): Result<number> {
    const year = toOptionalYear(yearArg);
    if (!year.ok) return year;
    return ok(year.value === null ? sumYears(amounts) : amounts[year.value]);
  }
}

/** The plan argument as text: a text as typed, or a whole number such as 13 for one proposal. */
function planText(arg: Arg): Result<string> {
  if (typeof arg === "string") return ok(arg);
  if (typeof arg === "number" && Number.isSafeInteger(arg)) return ok(String(arg));
  return invalid('Het scenario moet tekst zijn, zoals "meest kansrijk", "3 vanaf 2025, 13" of "kansrijk; schrap 26".');
}
