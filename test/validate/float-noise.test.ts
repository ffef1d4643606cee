import { validateGrid } from "../../src/validate";
import { sheetFromMatrices } from "../../src/validate/grid";

describe("money is compared in whole euros", () => {
  it("float noise in € mln sums is no finding, a real euro is", () => {
    const amounts = [0.1, 0.2, 0.3, 0.3, 0.3, 0.3, 0.3, 0.2];
    expect(amounts.reduce((sum, x) => sum + x, 0)).not.toBe(2);
    const rows = (last: number): unknown[][] => [
      ["Programma Samen tegen mensenhandel (€ mln)", 2023, 2024, 2025, 2026],
      ...amounts.map((x, i) => [`${"abcdefgh"[i]}. regel`, x, x, x, i === 7 ? last : x]),
      ["Totaal", 2, "", 2, 2],
    ];
    const formulas = [[], ...amounts.map(() => []), ["", "", "=SUM(C2:C9)", "", ""]];
    const sheet = (last: number) => sheetFromMatrices("Blad1", 1, 1, rows(last), formulas, []);
    expect(validateGrid({ sheets: [sheet(0.2)] }).filter((f) => f.severity === "error")).toEqual([]);
    const oneEuroMore = validateGrid({ sheets: [sheet(0.200001)] }).filter((f) => f.severity === "error");
    expect(oneEuroMore.map((f) => `${f.rule}@${f.cell}`)).toEqual(["year-total@E10", "budget-frame@E10"]);
    expect(oneEuroMore[0].message).toMatch(/is € 2\.000\.000, maar de regels tellen op tot € 2\.000\.001\./);
  });
});
