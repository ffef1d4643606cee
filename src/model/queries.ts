/**
 * The queries behind the SAMEN formula library, over one plan and the scenarios saved with it.
 * Everything a query needs is indexed once in the constructor; a call looks up, it does not scan.
 */
import { isMissing, toChoice, toInteger, toOptionalYear, toText, toYear, type Arg } from "./args";
import { firstYearHigh, parseCostText } from "./cost-parser";
import { PlanLinks } from "./plan-links";
import { notAvailable, ok, type Result } from "./result";
import { ScenarioBook, type CostedProposal, type ScenarioCost } from "./scenarios";
import { formatSource, type Action, type BudgetLine, type BudgetLineId, type Plan, type SavedScenario } from "./schema";
import { SCENARIO_YEARS, sumYears, yearAmounts, YEARS, type Year, type YearAmounts } from "./years";

export const COST_KINDS = ["totaal", "incidenteel", "structureel"] as const;
export type CostKind = (typeof COST_KINDS)[number];
export const ESTIMATES = ["laag", "hoog"] as const;
export type EstimateEnd = (typeof ESTIMATES)[number];
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
const LINE_LETTER_PATTERN = /^([a-h])\.?$/;

export class PlanQueries {
  readonly scenarios: ScenarioBook;
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
    saved: readonly SavedScenario[] = [],
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
    this.highestAction = Math.max(...this.actions.keys());
    for (const proposal of plan.proposals) {
      this.proposals.set(proposal.number, { proposal, cost: parseCostText(proposal.costText) });
    }
    this.scenarios = new ScenarioBook(this.proposals, saved);
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

  /** COST(scenario, [year], [kind], [estimate]): what a scenario costs; no year: 2024–2026. */
  cost(scenarioArg: Arg, yearArg?: Arg, kindArg?: Arg, estimateArg?: Arg): Result<number> {
    const scenario = this.scenarios.resolve(scenarioArg);
    if (!scenario.ok) return scenario;
    const year = toOptionalYear(yearArg);
    if (!year.ok) return year;
    const kind = toChoice(kindArg, "De soort kosten", COST_KINDS, "totaal");
    if (!kind.ok) return kind;
    const estimate = toChoice(estimateArg, "De raming", ESTIMATES, "laag");
    if (!estimate.ok) return estimate;
    const years = year.value === null ? SCENARIO_YEARS : [year.value];
    let total = 0;
    for (const y of years) total += costInYear(scenario.value, y, kind.value, estimate.value);
    return ok(total);
  }

  /** GAP(scenario, [year], [estimate]): reserve minus cost; negative is a shortfall. */
  gap(scenarioArg: Arg, yearArg?: Arg, estimateArg?: Arg): Result<number> {
    const scenario = this.scenarios.resolve(scenarioArg);
    if (!scenario.ok) return scenario;
    const year = toOptionalYear(yearArg);
    if (!year.ok) return year;
    const estimate = toChoice(estimateArg, "De raming", ESTIMATES, "laag");
    if (!estimate.ok) return estimate;
    const reserve = this.reserveAmounts;
    const years = year.value === null ? SCENARIO_YEARS : [year.value];
    let gap = 0;
    for (const y of years) gap += reserve[y] - costInYear(scenario.value, y, "totaal", estimate.value);
    return ok(gap);
  }

  /** UNKNOWN(scenario): how many proposals of the scenario have no estimate. */
  unknown(scenarioArg: Arg): Result<number> {
    const scenario = this.scenarios.resolve(scenarioArg);
    return scenario.ok ? ok(scenario.value.unknown.length) : scenario;
  }

  /** PROPOSALS(scenario): the proposal numbers, for a spilled column. */
  proposalNumbers(scenarioArg: Arg): Result<number[]> {
    const scenario = this.scenarios.resolve(scenarioArg);
    return scenario.ok ? ok(scenario.value.proposals) : scenario;
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

export function costInYear(scenario: ScenarioCost, year: Year, kind: CostKind, estimate: EstimateEnd): number {
  if (year < scenario.startYear) return 0;
  const end = estimate === "laag" ? "low" : "high";
  const incidental = kind !== "structureel" && year === scenario.startYear ? scenario.incidental[end] : 0;
  const structural = kind !== "incidenteel" ? scenario.structural[end] : 0;
  return incidental + structural;
}
