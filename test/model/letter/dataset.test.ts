import { LETTER_PLAN } from "../../../src/model/letter/dataset";
import { LETTER_YEARS as YEARS } from "../../../src/model/letter/dataset";

const line = (id: string) => LETTER_PLAN.budgetLines.find((l) => l.id === id)!;

describe("the plan transcribed from Bijlage 2", () => {
  it.each(YEARS)("sums lines a–h of %i to the frame of € 2.000.000", (year) => {
    const total = LETTER_PLAN.budgetLines.reduce((sum, l) => sum + l.amounts[year], 0);
    expect(total).toBe(2_000_000);
  });

  it("holds the summary in whole euros, exactly as printed in € mln", () => {
    expect(line("a").amounts).toEqual({ 2023: 300_000, 2024: 300_000, 2025: 300_000, 2026: 300_000 });
    expect(line("b").amounts).toEqual({ 2023: 1_700_000, 2024: 0, 2025: 0, 2026: 0 });
    expect(line("d").amounts).toEqual({ 2023: 0, 2024: 150_000, 2025: 400_000, 2026: 350_000 });
    expect(line("h").amounts).toEqual({ 2023: 0, 2024: 500_000, 2025: 200_000, 2026: 1_050_000 });
  });

  it.each([
    [1, "c", { 2023: 0, 2024: 200_000, 2025: 300_000, 2026: 0 }],
    [2, "d", { 2023: 0, 2024: 150_000, 2025: 400_000, 2026: 350_000 }],
    [3, "e", { 2023: 0, 2024: 400_000, 2025: 200_000, 2026: 0 }],
    [4, "f", { 2023: 0, 2024: 350_000, 2025: 300_000, 2026: 200_000 }],
    [5, "g", { 2023: 0, 2024: 100_000, 2025: 300_000, 2026: 100_000 }],
  ])("totals the detail table of action line %i to its summary line %s", (actionLine, id, expected) => {
    const rows = LETTER_PLAN.actions.filter((a) => a.actionLine === actionLine);
    for (const year of YEARS) {
      expect(rows.reduce((sum, a) => sum + a.amounts[year], 0)).toBe((expected as Record<number, number>)[year]);
    }
    expect(line(id).amounts).toEqual(expected);
    expect(line(id).actionLine).toBe(actionLine);
  });

  it("keeps actions 3 and 4 as one row carrying both numbers", () => {
    const shared = LETTER_PLAN.actions.filter((a) => a.numbers.includes(3) || a.numbers.includes(4));
    expect(shared).toHaveLength(1);
    expect(shared[0].numbers).toEqual([3, 4]);
    expect(shared[0].amounts).toEqual({ 2023: 0, 2024: 100_000, 2025: 100_000, 2026: 0 });
    expect(LETTER_PLAN.actions).toHaveLength(31);
    const numbers = LETTER_PLAN.actions.flatMap((a) => a.numbers);
    expect(numbers).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
  });

  it("places every action in the action line of its detail table", () => {
    const lineOf = (n: number) => LETTER_PLAN.actions.find((a) => a.numbers.includes(n))!.actionLine;
    expect([1, 5, 6, 13, 14, 19, 20, 29, 30, 32].map(lineOf)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it("keeps the source of every row", () => {
    expect(line("h").source).toEqual({ bijlage: 2, table: "Programma Samen tegen mensenhandel (€ 2 mln.)", row: "h." });
    const shared = LETTER_PLAN.actions.find((a) => a.numbers.includes(3))!;
    expect(shared.source.row).toBe("3 en 4.");
    expect(shared.source.table).toMatch(/^Actielijn 1\. .*\(€ x10\.000\)$/);
    const proposal = LETTER_PLAN.proposals.find((p) => p.number === 13)!;
    expect(proposal.source).toEqual({ bijlage: 1, table: "Overige onderwerpen, meest kansrijke acties", row: "13" });
  });

  it("holds the 33 proposals of Bijlage 1 by theme and priority", () => {
    expect(LETTER_PLAN.proposals.map((p) => p.number)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    const mostPromising = LETTER_PLAN.proposals.filter((p) => p.priority === "Meest kansrijk").map((p) => p.number);
    expect(mostPromising).toEqual([1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 20, 21, 22, 23, 24, 25, 26, 27]);
    const byTheme = (theme: string) => LETTER_PLAN.proposals.filter((p) => p.theme === theme).length;
    expect(byTheme("Klantaanpak")).toBe(5);
    expect(byTheme("Overige onderwerpen")).toBe(7);
    expect(byTheme("Ander beleidsterrein")).toBe(14);
    expect(LETTER_PLAN.proposals[4].costText).toBe(
      "€ 125.000 opgevoerd maar naar verwachting circa 1 miljoen incidenteel.",
    );
  });
});
