/**
 * What the links mean for a plan being composed: the Dutch line the pane shows beside a proposal, the
 * notes for a choice of proposals and cut actions, and the actions `FIT` leaves alone by default.
 */
import { formatEuros } from "../money/format";
import { linksOfProposals, type LinkedProposal, type ProposalLinks } from "./proposal-links";
import type { DescribedAction } from "./quote-matcher";

export interface LinkNote {
  kind: "proposal-builds-on-proposal" | "same-actions" | "cut-action-built-on";
  /** The chosen proposals the note is about, ascending. */
  proposals: number[];
  /** The actions it is about, ascending (empty for proposal-builds-on-proposal). */
  actions: number[];
  /** Dutch, for the officer. */
  message: string;
}

export interface LinkChoice {
  proposals: readonly number[];
  /** Cut action numbers; cutting 3 or 4 cuts their shared row, and so both. */
  cuts: readonly number[];
}

/** "22, 24–29": runs of three or more as a range with an en dash. */
export function compactNumbers(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    if (j - i >= 2) parts.push(`${numbers[i]}–${numbers[j]}`);
    else parts.push(...numbers.slice(i, j + 1).map(String));
    i = j + 1;
  }
  return parts.join(", ");
}

/** "22", "22 en 24", "22, 24 en 25": as Dutch prose lists them. */
export function dutchList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}

const named = (one: string, many: string, numbers: readonly number[]): string =>
  `${numbers.length === 1 ? one : many} ${dutchList(numbers.map(String))}`;

/** "actie 13", "acties 22, 24–29". */
export const namedActions = (numbers: readonly number[]): string =>
  `${numbers.length === 1 ? "actie" : "acties"} ${compactNumbers(numbers)}`;

/**
 * "Sluit aan bij acties 22, 24–29: € 600.000 al in het plan"; null when the proposal names nothing.
 * Action lines are named only when no action is: the actions already say where they stand.
 */
export function describeLinks(links: ProposalLinks): string | null {
  const parts: string[] = [];
  if (links.actions.length > 0) {
    const reserved = links.reservation;
    const money = reserved
      ? `: ${formatEuros(reserved.euros)}${reserved.structural ? " per jaar" : ""} al in het plan`
      : "";
    parts.push(namedActions(links.actions) + money);
  } else if (links.actionLines.length > 0) {
    parts.push(named("actielijn", "actielijnen", links.actionLines));
  }
  if (links.proposals.length > 0) parts.push(named("voorstel", "voorstellen", links.proposals));
  return parts.length === 0 ? null : `Sluit aan bij ${parts.join("; ")}`;
}

const ascending = (numbers: Iterable<number>): number[] => [...new Set(numbers)].sort((a, b) => a - b);

/** The links of one plan's proposals, with what they mean for a choice. Build once per plan. */
export class PlanLinks {
  private readonly byProposal: Map<number, ProposalLinks>;
  /** Every action number to all numbers of its row: 3 → [3, 4]. */
  private readonly rowOf = new Map<number, readonly number[]>();

  constructor(plan: { proposals: readonly LinkedProposal[]; actions: readonly DescribedAction[] }) {
    this.byProposal = linksOfProposals(plan.proposals, plan.actions);
    for (const action of plan.actions) for (const number of action.numbers) this.rowOf.set(number, action.numbers);
  }

  of(proposal: number): ProposalLinks | undefined {
    return this.byProposal.get(proposal);
  }

  /** The actions the chosen proposals build on, with every number of their rows, ascending. */
  actionsBuiltOn(proposals: readonly number[]): number[] {
    return ascending(proposals.flatMap((proposal) => this.rowsOf(this.of(proposal)?.actions ?? [])));
  }

  /** Notes for a choice: chosen proposals that build on each other or on the same actions, and cut actions a chosen proposal builds on. */
  notes(choice: LinkChoice): LinkNote[] {
    const chosen = ascending(choice.proposals).filter((proposal) => this.byProposal.has(proposal));
    const cut = new Set(this.rowsOf(choice.cuts));
    const notes: LinkNote[] = [];
    for (const [i, a] of chosen.entries()) {
      const linksA = this.of(a)!;
      for (const b of chosen.slice(i + 1)) {
        const linksB = this.of(b)!;
        notes.push(...this.proposalNotes(linksA, linksB), ...this.proposalNotes(linksB, linksA));
        const shared = linksA.actions.filter((action) => linksB.actions.includes(action));
        if (shared.length > 0) {
          notes.push({
            kind: "same-actions",
            proposals: [a, b],
            actions: shared,
            message: `Voorstel ${a} en voorstel ${b} sluiten aan bij dezelfde ${namedActions(shared)}: kijk of ze niet dubbel worden gefinancierd.`,
          });
        }
      }
    }
    for (const proposal of chosen) {
      const hit = this.of(proposal)!.actions.filter((action) => cut.has(action));
      if (hit.length === 0) continue;
      notes.push({
        kind: "cut-action-built-on",
        proposals: [proposal],
        actions: hit,
        message: `Voorstel ${proposal} sluit aan bij ${namedActions(hit)}, die het plan schrapt.`,
      });
    }
    return notes;
  }

  private proposalNotes(from: ProposalLinks, to: ProposalLinks): LinkNote[] {
    if (!from.proposals.includes(to.number)) return [];
    return [
      {
        kind: "proposal-builds-on-proposal",
        proposals: ascending([from.number, to.number]),
        actions: [],
        message: `Voorstel ${from.number} sluit aan bij voorstel ${to.number}, dat ook gekozen is: kijk of ze niet dubbel worden gefinancierd.`,
      },
    ];
  }

  private rowsOf(actions: readonly number[]): number[] {
    return actions.flatMap((action) => this.rowOf.get(action) ?? [action]);
  }
}
