/**
 * The add-in's own layout (docs/contracts/layout.md) validates with no finding but the letter's one slip, and faults planted in its
 * tables are found where they are, including totals written as SUBTOTAL over structured references.
 */
import type ExcelJS from "exceljs";
import { renderLayout } from "../../src/layout";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { validateGrid } from "../../src/validate";
import { buildAddinLayout } from "../fixtures/addin-layout";
import { gridOfLayout } from "../fixtures/layout-grid";
import { at, besidesLetterSlip, findingsOf } from "../fixtures/validate-workbook";
import { proposalRows } from "../support/saved-plan";

function set(workbook: ExcelJS.Workbook, sheet: string, cell: string, value: ExcelJS.CellValue): void {
  workbook.getWorksheet(sheet)!.getCell(cell).value = value;
}

describe("the add-in's own layout", () => {
  it("validates with no finding but the letter's slip", async () => {
    expect(besidesLetterSlip(await findingsOf(buildAddinLayout()))).toEqual([]);
  });

  it("validates the same when its tables stand at other offsets", async () => {
    expect(besidesLetterSlip(await findingsOf(buildAddinLayout({ begroting: "C4", acties: "B7" })))).toEqual([]);
  });

  it("reads totals as Excel shows them inside a table, SUBTOTAL(109,[2024]), as the tables' own columns", async () => {
    const workbook = buildAddinLayout();
    set(workbook, "Begroting", "D10", { formula: "SUBTOTAL(109,[2024])" });
    expect(besidesLetterSlip(await findingsOf(workbook))).toEqual([]);
    set(workbook, "Begroting", "D2", 350_000);
    expect(besidesLetterSlip(await findingsOf(workbook)).map((f) => `${f.rule}@${f.cell}`)).toEqual([
      "budget-frame@D10",
    ]);
  });

  const cases: Array<[string, (workbook: ExcelJS.Workbook) => void, string, string, string]> = [
    [
      "an action amount that no longer matches its budget line",
      (wb) => set(wb, "Acties", "F11", 310_000),
      "detail-summary",
      "Begroting",
      "E5",
    ],
    [
      "a total whose cached result went stale",
      (wb) => set(wb, "Begroting", "D10", { formula: "SUBTOTAL(109,Begroting[2024])", result: 1_900_000 }),
      "year-total",
      "Begroting",
      "D10",
    ],
    ["a year over the frame", (wb) => set(wb, "Begroting", "D2", 350_000), "budget-frame", "Begroting", "D10"],
    [
      "a total that stops one row short",
      (wb) => set(wb, "Begroting", "D10", { formula: "SUM(D2:D8)" }),
      "formula-range",
      "Begroting",
      "D10",
    ],
    [
      "a typed total among SUBTOTAL formulas",
      (wb) => set(wb, "Begroting", "E10", 2_000_000),
      "hardcoded-total",
      "Begroting",
      "E10",
    ],
    [
      "an incidental cost typed as text",
      (wb) => set(wb, "Voorstellen", "H4", "175.000"),
      "number-as-text",
      "Voorstellen",
      "H4",
    ],
    [
      "a start year that is no number",
      (wb) => set(wb, "Scenario's", "C2", "volgend jaar"),
      "not-a-number",
      "Scenario's",
      "C2",
    ],
    ["a duplicated action number", (wb) => set(wb, "Acties", "A9", 7), "duplicate-action", "Acties", "A9"],
  ];

  it.each(cases)("finds %s", async (_name, plant, rule, sheet, cell) => {
    const workbook = buildAddinLayout();
    plant(workbook);
    const findings = await findingsOf(workbook);
    expect(at(findings, rule, { sheet, cell })).toEqual([expect.objectContaining({ rule, sheet, cell })]);
  });
});

describe("the layout of src/layout (renderLayout), as both writers lay it out", () => {
  it("validates with no finding but the letter's slip, with and without saved scenarios", () => {
    expect(besidesLetterSlip(validateGrid(gridOfLayout(renderLayout(LETTER_PLAN))))).toEqual([]);
    const saved = [proposalRows("Klantaanpak eerst", [1, 3], 2024)];
    expect(besidesLetterSlip(validateGrid(gridOfLayout(renderLayout(LETTER_PLAN, saved))))).toEqual([]);
  });

  it("is judged, not skipped: a plan whose action line differs from its budget line is found", () => {
    const actions = LETTER_PLAN.actions.map((action) =>
      action.numbers.includes(9) ? { ...action, amounts: { ...action.amounts, 2025: 310_000 } } : action,
    );
    const findings = besidesLetterSlip(validateGrid(gridOfLayout(renderLayout({ ...LETTER_PLAN, actions }))));
    expect(findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual(["detail-summary@Begroting!E5"]);
  });
});
