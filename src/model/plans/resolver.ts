/**
 * Plans (docs/contracts/plans.md): proposals, each with its own start year, and cuts of current actions.
 * A plan text is resolved here against the workbook's proposals, actions and saved plans into one
 * resolved plan, which has one canonical text.
 */
import { normalizePlanName, parsePlanText, type PlanPart, type ProposalItem } from "./plan-text";
import { invalid, notAvailable, ok, type Failure, type Result } from "../result";
import type { Action, ParsedCost, Proposal, SavedPlan, SavedPlanPart } from "../schema";
import { choosePlanYear, isPlanYear, type Horizon } from "../horizon/horizon";

export { normalizePlanName } from "./plan-text";

export const BUILT_IN_PLANS = ["meest kansrijk", "kansrijk", "alle"] as const;
export type BuiltInPlan = (typeof BUILT_IN_PLANS)[number];

export function isBuiltInPlan(name: string): boolean {
  return (BUILT_IN_PLANS as readonly string[]).includes(normalizePlanName(name));
}

export interface CostedProposal {
  proposal: Proposal;
  cost: ParsedCost;
}

export interface PlannedProposal {
  number: number;
  /** A plan year of the horizon the plan was resolved against. */
  startYear: number;
}

/**
 * Proposals ascending by number; cuts ascending, a cut row with all its numbers (3 and 4 together).
 * `firstPlanYear` is the default start of the horizon it was resolved against: the canonical text leaves
 * it out.
 */
export interface ResolvedPlan {
  proposals: readonly PlannedProposal[];
  cuts: readonly number[];
  firstPlanYear: number;
}

/** The one text of a plan: `3 vanaf 2025, 13; schrap 26`. An empty plan prints as empty text. */
export function printPlan(plan: ResolvedPlan): string {
  const proposals = plan.proposals
    .map(({ number, startYear }) => (startYear === plan.firstPlanYear ? `${number}` : `${number} vanaf ${startYear}`))
    .join(", ");
  const cuts = plan.cuts.length > 0 ? `schrap ${plan.cuts.join(", ")}` : "";
  return [proposals, cuts].filter((part) => part !== "").join("; ");
}

/** The text of one row of a saved plan; the plan is its rows' texts joined by `; `. */
export function savedPartText(part: SavedPlanPart): string {
  switch (part.kind) {
    case "proposal":
      return part.startYear === null ? `${part.proposal}` : `${part.proposal} vanaf ${part.startYear}`;
    case "cut":
      return `schrap ${part.action}`;
    case "reference":
      return part.plan.trim();
  }
}

export function savedPlanText(saved: SavedPlan): string {
  return saved.parts.map(savedPartText).join("; ");
}

/** The rows that save a resolved plan expanded: one per proposal, one per cut action row. */
export function savedPartsOf(plan: ResolvedPlan, actions: ReadonlyMap<number, Action>): SavedPlanPart[] {
  // A resolved plan cuts rows whole (3 and 4 together): a row is saved once, under its first number.
  const rowFirsts = plan.cuts.filter((number) => actions.get(number)?.numbers[0] === number);
  return [
    ...plan.proposals.map((p): SavedPlanPart => ({ kind: "proposal", proposal: p.number, startYear: p.startYear })),
    ...rowFirsts.map((action): SavedPlanPart => ({ kind: "cut", action })),
  ];
}

/**
 * Why a name cannot be given to a saved plan, or null when it can: a built-in name, or a name that reads
 * as a part of a plan (`3,13`, `schrap 9`, `vanaf 2025`) or splits into parts (`;`).
 */
export function planNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === "") return "Geef het scenario een naam.";
  if (trimmed.length > 80) return "Een scenarionaam is hoogstens 80 tekens.";
  if (isBuiltInPlan(trimmed)) return "Deze naam is al een vast scenario; kies een andere naam.";
  if (/^[\d\s,;]+$/.test(trimmed)) return "Een naam van alleen cijfers leest als een lijst voorstellen.";
  if (trimmed.includes(";")) return 'Een scenarionaam kan geen ";" hebben: die scheidt de delen van een plan.';
  const parts = parsePlanText(trimmed);
  if (!parts.ok || parts.value[0].kind !== "name" || parts.value[0].syntax !== null) {
    return `"${trimmed}" leest als een deel van een plan; kies een naam die niet begint met een nummer, "zonder", "schrap" of "vanaf".`;
  }
  return null;
}

/** Deeper chains of saved plans naming each other are refused: no workbook needs them, a stack would. */
const MAX_DEPTH = 32;

export interface PlanWorld {
  proposals: ReadonlyMap<number, CostedProposal>;
  /** Every action number to its row (3 and 4 to the same shared row). */
  actions: ReadonlyMap<number, Action>;
  saved: readonly SavedPlan[];
  horizon: Horizon;
}

/** A plan under construction, part by part; left to right, a later start year replaces an earlier one. */
class PlanBuilder {
  private readonly proposals = new Map<number, number | null>();
  private readonly cutRows = new Set<Action>();
  private startYear: number;

  constructor(private readonly world: PlanWorld) {
    this.startYear = world.horizon.firstPlanYear;
  }

  private checkProposal(item: ProposalItem, where: string): Failure | null {
    if (this.world.proposals.has(item.number)) return null;
    return notAvailable(
      `Onbekend voorstel ${item.digits}${where}: er zijn voorstellen 1 tot en met ${this.world.proposals.size}.`,
    );
  }

  addProposals(items: readonly ProposalItem[], where: string): Failure | null {
    for (const item of items) {
      const unknown = this.checkProposal(item, where);
      if (unknown) return unknown;
      if (item.startYear !== null && !isPlanYear(this.world.horizon, item.startYear)) {
        return wrongStartYear(item.startYear, where, this.world.horizon);
      }
      const own = item.startYear;
      if (own !== null || !this.proposals.has(item.number)) this.proposals.set(item.number, own);
    }
    return null;
  }

  addResolved(plan: ResolvedPlan): void {
    for (const { number, startYear } of plan.proposals) this.proposals.set(number, startYear);
    for (const number of plan.cuts) this.cutRows.add(this.world.actions.get(number)!);
  }

  remove(items: readonly ProposalItem[], where: string): Failure | null {
    for (const item of items) {
      const unknown = this.checkProposal(item, where);
      if (unknown) return unknown;
      this.proposals.delete(item.number);
    }
    return null;
  }

  cut(items: readonly ProposalItem[], where: string): Failure | null {
    for (const item of items) {
      const row = this.world.actions.get(item.number);
      if (!row) {
        const highest = [...this.world.actions.keys()].reduce((a, b) => Math.max(a, b), -Infinity);
        return notAvailable(`Onbekende actie ${item.digits}${where}: er zijn acties 1 tot en met ${highest}.`);
      }
      this.cutRows.add(row);
    }
    return null;
  }

  startFrom(year: number, where: string): Failure | null {
    if (!isPlanYear(this.world.horizon, year)) return wrongStartYear(year, where, this.world.horizon);
    this.startYear = year;
    return null;
  }

  build(): ResolvedPlan {
    const proposals = [...this.proposals]
      .map(([number, own]) => ({ number, startYear: own ?? this.startYear }))
      .sort((a, b) => a.number - b.number);
    const cuts = [...this.cutRows].flatMap((row) => row.numbers).sort((a, b) => a - b);
    return { proposals, cuts, firstPlanYear: this.world.horizon.firstPlanYear };
  }
}

function wrongStartYear(year: number, where: string, horizon: Horizon): Failure {
  return notAvailable(`Onbekend startjaar ${year}${where}: ${choosePlanYear(horizon.planYears)}.`);
}

/**
 * Resolves plan texts against one world. Saved plans are resolved once each (a chain or diamond of
 * references stays linear); a saved plan that names itself, directly or through others, is #N/A.
 */
export class PlanResolver {
  private readonly saved = new Map<string, SavedPlan>();
  private readonly resolvedSaved = new Map<string, Result<ResolvedPlan>>();
  private readonly stack: string[] = [];
  private readonly builtIns: Record<BuiltInPlan, number[]>;

  constructor(private readonly world: PlanWorld) {
    for (const plan of world.saved) this.saved.set(normalizePlanName(plan.name), plan);
    const all = [...world.proposals.values()].map(({ proposal }) => proposal);
    const numbersOf = (keep: (proposal: Proposal) => boolean) => all.filter(keep).map((proposal) => proposal.number);
    this.builtIns = {
      // By the priority's text as the workbook writes it, in any case.
      "meest kansrijk": numbersOf((proposal) => normalizePlanName(proposal.priority) === "meest kansrijk"),
      kansrijk: numbersOf((proposal) => normalizePlanName(proposal.priority) === "kansrijk"),
      alle: numbersOf(() => true),
    };
  }

  savedPlans(): readonly SavedPlan[] {
    return this.world.saved;
  }

  resolve(text: string): Result<ResolvedPlan> {
    return this.resolveText(text, null);
  }

  /** A plan given as its parts (the pane, the optimizer): checked and normalized like a text. */
  make(proposals: readonly { number: number; startYear: number }[], cuts: readonly number[]): Result<ResolvedPlan> {
    const item = (number: number, startYear: number | null): ProposalItem => ({
      digits: String(number),
      number,
      startYear,
    });
    const builder = new PlanBuilder(this.world);
    const failure =
      builder.addProposals(
        proposals.map((p) => item(p.number, p.startYear)),
        "",
      ) ??
      builder.cut(
        cuts.map((number) => item(number, null)),
        "",
      );
    return failure ?? ok(builder.build());
  }

  /** Within a saved plan, messages name it, so the officer knows which rows to look at. */
  private resolveText(text: string, owner: SavedPlan | null): Result<ResolvedPlan> {
    const parts = parsePlanText(text);
    if (!parts.ok) return owner ? { ...parts, message: `Scenario "${owner.name}": ${parts.message}` } : parts;
    const builder = new PlanBuilder(this.world);
    for (const part of parts.value) {
      const where = owner ? ` in "${part.text}" van scenario "${owner.name}"` : ` in "${part.text}"`;
      const failure = this.apply(builder, part, where, owner);
      if (failure) return failure;
    }
    return ok(builder.build());
  }

  private apply(builder: PlanBuilder, part: PlanPart, where: string, owner: SavedPlan | null): Failure | null {
    switch (part.kind) {
      case "proposals":
        return builder.addProposals(part.items, where);
      case "without":
        return builder.remove(part.items, where);
      case "cut":
        return builder.cut(part.items, where);
      case "start":
        return builder.startFrom(part.year, where);
      case "name":
        return this.applyName(builder, part, owner);
    }
  }

  private applyName(builder: PlanBuilder, part: PlanPart & { kind: "name" }, owner: SavedPlan | null): Failure | null {
    if (Object.hasOwn(this.builtIns, part.key)) {
      const numbers = this.builtIns[part.key as BuiltInPlan];
      return builder.addProposals(
        numbers.map((number) => ({ digits: String(number), number, startYear: null })),
        "",
      );
    }
    const saved = this.saved.get(part.key);
    if (saved) {
      const resolved = this.resolveSaved(part.key, saved);
      if (!resolved.ok) return resolved;
      builder.addResolved(resolved.value);
      return null;
    }
    const inOwner = owner ? `Scenario "${owner.name}": ` : "";
    if (part.syntax !== null) return invalid(inOwner + part.syntax);
    return notAvailable(
      `${inOwner}Onbekend scenario "${part.text}": kies "meest kansrijk", "kansrijk", "alle", een lijst als "3,13" of een bewaard scenario.`,
    );
  }

  private resolveSaved(key: string, saved: SavedPlan): Result<ResolvedPlan> {
    const known = this.resolvedSaved.get(key);
    if (known) return known;
    const cycleStart = this.stack.indexOf(key);
    if (cycleStart >= 0) {
      const names = this.stack.slice(cycleStart).map((name) => `"${this.saved.get(name)!.name}"`);
      return notAvailable(
        names.length === 1
          ? `Scenario ${names[0]} noemt zichzelf.`
          : `Scenario ${names[0]} noemt via ${names.slice(1).join(", ")} weer zichzelf.`,
      );
    }
    if (this.stack.length >= MAX_DEPTH) {
      return notAvailable(`Scenario "${saved.name}" noemt meer dan ${MAX_DEPTH} bewaarde scenario's achter elkaar.`);
    }
    this.stack.push(key);
    const resolved = this.resolveText(savedPlanText(saved), saved);
    this.stack.pop();
    this.resolvedSaved.set(key, resolved);
    return resolved;
  }
}
