/**
 * Amounts per year. A year is a plain number, checked against the workbook's horizon (horizon.ts); no
 * type lists years (docs/contracts/horizon.md).
 */
export type YearAmounts = Record<number, number>;

export function yearAmounts(years: readonly number[], make: (year: number) => number): YearAmounts {
  const amounts: YearAmounts = {};
  for (const year of years) amounts[year] = make(year);
  return amounts;
}

export function sumYears(amounts: YearAmounts, years: readonly number[]): number {
  let total = 0;
  for (const year of years) total += amounts[year] ?? 0;
  return total;
}
