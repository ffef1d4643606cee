/**
 * The links of every proposal of a plan: what its text and its appraisal say about the plan's actions,
 * action lines and the other proposals, and the money the appraisal says the plan already reserves.
 *
 * "Idem" in the appraisal column (Bijlage 1, proposals 15–18) means the appraisal of the row above
 * applies, so such a proposal carries the links of the nearest row above with an appraisal of its own,
 * and `appraisalFrom` says which one. "Idem" is never a link to that proposal.
 */
import { parseLinks, type Link, type NumberLink, type NumberLinkKind, type SumLink } from "./link-parser";
import { QuoteMatcher, type DescribedAction } from "./quote-matcher";

export interface LinkedProposal {
  number: number;
  text: string;
  appraisal: string;
}

export interface Reservation {
  /** Euros; per year when `structural`. */
  euros: number;
  /** Every reserved sum is "structureel": the plan holds it each year. */
  structural: boolean;
  sums: SumLink[];
}

export interface ProposalLinks {
  number: number;
  textLinks: Link[];
  appraisalLinks: Link[];
  /** The proposal whose appraisal applies: this one, the row above for "Idem", null for "Idem" on top. */
  appraisalFrom: number | null;
  /** Ascending, each once: actions named by number or found by a quote. */
  actions: number[];
  actionLines: number[];
  /** Other proposals named; never the proposal itself. */
  proposals: number[];
  /** What the appraisal says is already reserved; null when it states no reservation. */
  reservation: Reservation | null;
}

const IDEM = /^\s*idem\.?\s*$/i;

export function isIdem(appraisal: string): boolean {
  return IDEM.test(appraisal);
}

/** The numbers of one kind of link, ascending, each once. */
export function numbersOf(links: readonly Link[], kind: NumberLinkKind, except?: number): number[] {
  const numbers = links
    .filter((link): link is NumberLink => link.kind === kind && link.number !== except)
    .map((link) => link.number);
  return [...new Set(numbers)].sort((a, b) => a - b);
}

function reservationOf(links: readonly Link[]): Reservation | null {
  const sums = links.filter((link): link is SumLink => link.kind === "sum" && link.reserved);
  if (sums.length === 0) return null;
  return {
    euros: sums.reduce((total, sum) => total + sum.euros, 0),
    structural: sums.every((sum) => sum.structural),
    sums,
  };
}

/** Links of proposals in the order of their table, so "Idem" finds the row above. */
export function linksOfProposals<A extends DescribedAction>(
  proposals: readonly LinkedProposal[],
  actions: readonly A[],
): Map<number, ProposalLinks> {
  const matcher = new QuoteMatcher(actions);
  const result = new Map<number, ProposalLinks>();
  let above: { number: number; links: Link[] } | null = null;
  for (const proposal of proposals) {
    if (!isIdem(proposal.appraisal))
      above = { number: proposal.number, links: parseLinks(proposal.appraisal, matcher) };
    const textLinks = parseLinks(proposal.text, matcher);
    const appraisalLinks = above?.links ?? [];
    const all = [...textLinks, ...appraisalLinks];
    result.set(proposal.number, {
      number: proposal.number,
      textLinks,
      appraisalLinks,
      appraisalFrom: above?.number ?? null,
      actions: numbersOf(all, "action"),
      actionLines: numbersOf(all, "action-line"),
      proposals: numbersOf(all, "proposal", proposal.number),
      reservation: reservationOf(appraisalLinks),
    });
  }
  return result;
}
