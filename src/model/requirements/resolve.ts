/**
 * Requirements read against a plan (docs/contracts/requirements.md): names and numbers checked against
 * the workbook, each requirement turned into rules over the plan's proposals, which the optimizer and
 * every check of an answer share. A rule only ever names proposals of the plan.
 */
import { FORMS, type Form } from "../forms/forms";
import { invalid, ok, type Result } from "../result";
import { parseRequirements, type Requirement } from "./requirement-text";

export type RequirementRule =
  /** At least `count` of these stay in the plan. */
  | { kind: "at-least"; proposals: readonly number[]; count: number }
  /** At most `count` of these stay in the plan. */
  | { kind: "at-most"; proposals: readonly number[]; count: number }
  /** `proposal` stays only if `partner` stays. */
  | { kind: "requires"; proposal: number; partner: number }
  /** `proposal` stays, at the plan's own start year. */
  | { kind: "on-time"; proposal: number };

export interface ResolvedRequirement {
  /** The part as the officer wrote it, for messages ("per thema 1"). */
  text: string;
  rules: readonly RequirementRule[];
}

export interface RequirementContext {
  /** The plan's proposals with what the requirements group them by. */
  planProposals: readonly { number: number; theme: string; forms: readonly Form[] }[];
  themes: readonly string[];
  /** Every proposal the workbook holds. */
  proposalNumbers: ReadonlySet<number>;
}

const sameName = (a: string, b: string) => a.trim().replace(/\s+/g, " ").toLowerCase() === b.toLowerCase();

/** "every group with proposals in the plan keeps at least N of them (all it has, if fewer)". */
function atLeastPerGroup(groups: Map<string, number[]>, count: number): RequirementRule[] {
  return [...groups.values()]
    .filter((numbers) => numbers.length > 0)
    .map((numbers) => ({ kind: "at-least", proposals: numbers, count: Math.min(count, numbers.length) }));
}

function groupBy(
  keys: readonly string[],
  keysOf: (entry: RequirementContext["planProposals"][number]) => readonly string[],
  context: RequirementContext,
) {
  const groups = new Map<string, number[]>(keys.map((key) => [key, []]));
  for (const proposal of context.planProposals) {
    for (const key of keysOf(proposal)) groups.get(key)?.push(proposal.number);
  }
  return groups;
}

export function resolveRequirements(text: string, context: RequirementContext): Result<ResolvedRequirement[]> {
  const reading = parseRequirements(text);
  if (!reading.ok) return invalid(reading.error.message);
  const resolved: ResolvedRequirement[] = [];
  for (const requirement of reading.requirements) {
    const rules = rulesOf(requirement, context);
    if (typeof rules === "string") {
      return invalid(`Eis "${requirement.text}" (teken ${requirement.start + 1}): ${rules}`);
    }
    resolved.push({ text: requirement.text, rules });
  }
  return ok(resolved);
}

/** The rules of one requirement, or what is wrong with it in Dutch. */
function rulesOf(requirement: Requirement, context: RequirementContext): RequirementRule[] | string {
  const inPlan = new Set(context.planProposals.map((proposal) => proposal.number));
  const unknown = numbersOf(requirement).find((number) => !context.proposalNumbers.has(number));
  if (unknown !== undefined) {
    // A loop, not Math.min(...numbers): a spread over a workbook's proposals can overflow the stack.
    let [lowest, highest] = [Infinity, -Infinity];
    for (const number of context.proposalNumbers)
      [lowest, highest] = [Math.min(lowest, number), Math.max(highest, number)];
    return `onbekend voorstel ${unknown}; de werkmap heeft voorstellen ${lowest} tot en met ${highest}.`;
  }
  const themes = () => groupBy(context.themes, (proposal) => [proposal.theme], context);
  const forms = () => groupBy(FORMS, (proposal) => proposal.forms, context);
  switch (requirement.kind) {
    case "per-theme":
      return atLeastPerGroup(themes(), requirement.count);
    case "theme": {
      const theme = context.themes.find((name) => sameName(requirement.theme, name));
      if (!theme) return `onbekend thema "${requirement.theme}"; de thema's zijn ${context.themes.join(", ")}.`;
      return atLeastPerGroup(new Map([[theme, themes().get(theme)!]]), requirement.count);
    }
    case "per-form":
      return atLeastPerGroup(forms(), requirement.count);
    case "form": {
      const form = FORMS.find((name) => sameName(requirement.form, name));
      if (!form) return `onbekende vorm van uitbuiting "${requirement.form}"; de vormen zijn ${FORMS.join(", ")}.`;
      return atLeastPerGroup(new Map([[form, forms().get(form)!]]), requirement.count);
    }
    case "fixed": {
      const outside = requirement.proposals.find((number) => !inPlan.has(number));
      if (outside !== undefined) return `voorstel ${outside} zit niet in het plan.`;
      return requirement.proposals.map((proposal) => ({ kind: "on-time", proposal }));
    }
    case "together":
      if (!inPlan.has(requirement.proposal)) return [];
      return inPlan.has(requirement.partner)
        ? [{ kind: "requires", proposal: requirement.proposal, partner: requirement.partner }]
        : [{ kind: "at-most", proposals: [requirement.proposal], count: 0 }];
    case "at-most":
      return [
        {
          kind: "at-most",
          proposals: requirement.proposals.filter((number) => inPlan.has(number)),
          count: requirement.count,
        },
      ];
  }
}

function numbersOf(requirement: Requirement): number[] {
  switch (requirement.kind) {
    case "fixed":
    case "at-most":
      return requirement.proposals;
    case "together":
      return [requirement.proposal, requirement.partner];
    default:
      return [];
  }
}
