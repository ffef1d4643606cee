/** The years of the action plan (Bijlage 2) and its fixed frame. */
export const YEARS = [2023, 2024, 2025, 2026] as const;
export type Year = (typeof YEARS)[number];

/** Years over which scenarios of proposals are costed: the proposals came after the 2023 budget. */
export const SCENARIO_YEARS = [2024, 2025, 2026] as const satisfies readonly Year[];
export type ScenarioYear = (typeof SCENARIO_YEARS)[number];

export function isScenarioYear(value: number): value is ScenarioYear {
  return (SCENARIO_YEARS as readonly number[]).includes(value);
}

export const DEFAULT_START_YEAR: ScenarioYear = 2024;

/** "2 miljoen euro structureel" (letter, section 2). */
export const FRAME_EUROS = 2_000_000;

export function isYear(value: number): value is Year {
  return (YEARS as readonly number[]).includes(value);
}

export type YearAmounts = Record<Year, number>;

export function yearAmounts(make: (year: Year) => number): YearAmounts {
  return { 2023: make(2023), 2024: make(2024), 2025: make(2025), 2026: make(2026) };
}

export function sumYears(amounts: YearAmounts, years: readonly Year[] = YEARS): number {
  let total = 0;
  for (const year of years) total += amounts[year];
  return total;
}
