/** A saved plan of proposal rows only, each with the same start year: what the older Scenarios table held. */
import type { SavedPlan } from "../../src/model/schema";

export function proposalRows(name: string, proposals: readonly number[], startYear: number | null): SavedPlan {
  return { name, parts: proposals.map((proposal) => ({ kind: "proposal", proposal, startYear })) };
}

/**
 * Three saved plans in the Scenarios table's new form, worked out by hand from the letter (reserve
 * 2024–2026: 500.000, 200.000, 1.050.000; Bijlage 1: proposal 3 € 175.000 incidental, 13 € 100.000
 * incidental and € 50.000 structural, 5 € 125.000 incidental at the low estimate; Bijlage 2 in € x10.000:
 * the shared row "3 en 4" 10 in 2024 and 10 in 2025, action 9 30 in 2025, action 26 10 in 2026):
 * - "Opvang eerst" = 3 vanaf 2025, 13; schrap 3, 4 (the shared row, freed once) and 26:
 *   2024: 500.000 + 100.000 − (100.000 + 50.000) = 450.000;
 *   2025: 200.000 + 100.000 − (175.000 + 50.000) = 75.000;
 *   2026: 1.050.000 + 100.000 − 50.000 = 1.100.000.
 * - "Ander" = 5; schrap 9: 500.000 − 125.000 = 375.000; 200.000 + 300.000 = 500.000; 1.050.000.
 * - "Verder" = a reference row "meest kansrijk" and a cut of 26 (docs/contracts/plans.md's worked example: GAP 2026
 *   = 600.000): −675.000, −350.000, 500.000 + 100.000 = 600.000.
 */
export const HAND_WORKED_PLANS: SavedPlan[] = [
  {
    name: "Opvang eerst",
    parts: [
      { kind: "proposal", proposal: 3, startYear: 2025 },
      { kind: "proposal", proposal: 13, startYear: null },
      { kind: "cut", action: 26 },
      { kind: "cut", action: 3 },
      { kind: "cut", action: 4 },
    ],
  },
  {
    name: "Ander",
    parts: [
      { kind: "proposal", proposal: 5, startYear: null },
      { kind: "cut", action: 9 },
    ],
  },
  {
    name: "Verder",
    parts: [
      { kind: "reference", plan: "meest kansrijk" },
      { kind: "cut", action: 26 },
    ],
  },
];

export const HAND_WORKED_ROOM: Record<string, [string, string, string]> = {
  "Opvang eerst": ["€ 450.000", "€ 75.000", "€ 1.100.000"],
  Ander: ["€ 375.000", "€ 500.000", "€ 1.050.000"],
  Verder: ["€ -675.000", "€ -350.000", "€ 600.000"],
};
