/** A saved plan of proposal rows only, each with the same start year: what the older Scenarios table held. */
import type { SavedPlan } from "../../src/model/schema";

export function proposalRows(name: string, proposals: readonly number[], startYear: number | null): SavedPlan {
  return { name, parts: proposals.map((proposal) => ({ kind: "proposal", proposal, startYear })) };
}
