/**
 * Scenarios of proposals: the built-in ones by priority, lists such as "3,13", and the ones the
 * proposal picker saved in the workbook. Costs of a scenario are summed once and kept, so a formula
 * that asks again costs a lookup.
 */
import { notAvailable, invalid, ok, type Result, type Success } from "./result";
import type { Estimate, ParsedCost, Proposal, SavedScenario } from "./schema";
import { DEFAULT_START_YEAR, type Year } from "./years";

export const BUILT_IN_SCENARIOS = ["meest kansrijk", "kansrijk", "alle"] as const;
export type BuiltInScenario = (typeof BUILT_IN_SCENARIOS)[number];

export interface CostedProposal {
  proposal: Proposal;
  cost: ParsedCost;
}

export interface ScenarioCost {
  name: string;
  proposals: number[];
  startYear: Year;
  incidental: Estimate;
  structural: Estimate;
  /** Proposals in the scenario whose cost is not known: counted and shown, never hidden. */
  unknown: number[];
}

export function normalizeScenarioName(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

export function isBuiltInScenario(name: string): boolean {
  return (BUILT_IN_SCENARIOS as readonly string[]).includes(normalizeScenarioName(name));
}

const NUMBER_LIST = /^\d+(?:\s*[,;]\s*\d+|\s+\d+)*$/;

export function costScenario(
  name: string,
  numbers: readonly number[],
  startYear: Year,
  proposals: ReadonlyMap<number, CostedProposal>,
): ScenarioCost {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const incidental = { low: 0, high: 0 };
  const structural = { low: 0, high: 0 };
  const unknown: number[] = [];
  for (const number of sorted) {
    const { cost } = proposals.get(number)!;
    if (cost.incidental === null || cost.structural === null) {
      unknown.push(number);
      continue;
    }
    incidental.low += cost.incidental.low;
    incidental.high += cost.incidental.high;
    structural.low += cost.structural.low;
    structural.high += cost.structural.high;
  }
  return { name, proposals: sorted, startYear, incidental, structural, unknown };
}

export class ScenarioBook {
  private readonly cache = new Map<string, Success<ScenarioCost>>();
  private readonly saved: ReadonlyMap<string, SavedScenario>;

  constructor(
    private readonly proposals: ReadonlyMap<number, CostedProposal>,
    saved: readonly SavedScenario[],
  ) {
    this.saved = new Map(saved.map((scenario) => [normalizeScenarioName(scenario.name), scenario]));
  }

  savedNames(): string[] {
    return [...this.saved.values()].map((scenario) => scenario.name);
  }

  resolve(arg: unknown): Result<ScenarioCost> {
    if (typeof arg === "number") return this.resolveText(String(arg), arg);
    if (typeof arg !== "string") {
      return invalid('Het scenario moet tekst zijn, zoals "meest kansrijk", "kansrijk", "alle" of "3,13".');
    }
    return this.resolveText(arg, arg);
  }

  /**
   * Cached, result and all, under the text as typed too: formulas repeat the same text, and normalizing
   * costs more than the sum.
   */
  private resolveText(text: string, original: unknown): Result<ScenarioCost> {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const key = normalizeScenarioName(text);
    const resolved = this.build(key, original);
    if (resolved.ok) {
      this.cache.set(text, resolved);
      this.cache.set(key, resolved);
    }
    return resolved;
  }

  private build(key: string, original: unknown): Result<ScenarioCost> {
    if (key === "") return invalid('Geef een scenario op, zoals "meest kansrijk" of "3,13".');
    const all = [...this.proposals.values()];
    const byPriority = (priority: string) =>
      all.filter((entry) => entry.proposal.priority === priority).map((entry) => entry.proposal.number);
    switch (key) {
      case "meest kansrijk":
        return ok(costScenario(key, byPriority("Meest kansrijk"), DEFAULT_START_YEAR, this.proposals));
      case "kansrijk":
        return ok(costScenario(key, byPriority("Kansrijk"), DEFAULT_START_YEAR, this.proposals));
      case "alle":
        return ok(
          costScenario(
            key,
            all.map((entry) => entry.proposal.number),
            DEFAULT_START_YEAR,
            this.proposals,
          ),
        );
    }
    const saved = this.saved.get(key);
    if (saved) {
      const missing = saved.proposals.find((number) => !this.proposals.has(number));
      if (missing !== undefined) return notAvailable(`Scenario "${saved.name}" noemt onbekend voorstel ${missing}.`);
      return ok(costScenario(saved.name, saved.proposals, saved.startYear, this.proposals));
    }
    if (NUMBER_LIST.test(key)) {
      const numbers = key.split(/[\s,;]+/).map(Number);
      const missing = numbers.find((number) => !this.proposals.has(number));
      if (missing !== undefined) {
        return notAvailable(`Onbekend voorstel ${missing}: er zijn voorstellen 1 tot en met ${this.proposals.size}.`);
      }
      return ok(costScenario(key, numbers, DEFAULT_START_YEAR, this.proposals));
    }
    const name = typeof original === "string" ? original.trim() : String(original);
    return notAvailable(
      `Onbekend scenario "${name}": kies "meest kansrijk", "kansrijk", "alle", een lijst als "3,13" of een bewaard scenario.`,
    );
  }
}
