/**
 * The validator's promise, as a property: in a clean Bijlage 2, change any one amount by any non-zero
 * number of whole euros and at least one error finding appears.
 */
import fc from "fast-check";
import ExcelJS from "exceljs";
import { DETAIL_ROWS, SUMMARY_ROWS } from "../../src/model/letter/printed";
import { EUROS_PER_MILLION, EUROS_PER_TEN_THOUSAND } from "../../src/model/money/units";
import { LETTER_YEARS as YEARS } from "../../src/model/letter/dataset";
import { validateGrid, type GridWorkbook } from "../../src/validate";
import { parseA1 } from "../../src/validate/grid";
import { readGridFromXlsx } from "../../src/xlsx/read-grid";
import { buildBijlage2, ONE_SHEET, SPREAD, xlsxBytes, type Address, type Bijlage2Layout } from "../fixtures/bijlage2";

interface AmountCell {
  where: Address;
  unitEuros: number;
}

async function cleanGrid(layout: Bijlage2Layout): Promise<{ grid: GridWorkbook; amounts: AmountCell[] }> {
  const workbook = new ExcelJS.Workbook();
  const map = buildBijlage2(layout, workbook);
  const read = await readGridFromXlsx(await xlsxBytes(workbook));
  if (!read.ok) throw new Error(read.message);
  const amounts: AmountCell[] = YEARS.flatMap((year) => [
    ...SUMMARY_ROWS.map((row) => ({ where: map.summaryLine(row.id, year), unitEuros: EUROS_PER_MILLION })),
    ...DETAIL_ROWS.map((row) => ({ where: map.action(row.label, year), unitEuros: EUROS_PER_TEN_THOUSAND })),
    ...(layout.totals === "typed"
      ? [
          { where: map.summaryTotal(year), unitEuros: EUROS_PER_MILLION },
          ...[1, 2, 3, 4, 5].map((line) => ({ where: map.detailTotal(line, year), unitEuros: EUROS_PER_TEN_THOUSAND })),
        ]
      : []),
  ]);
  return { grid: read.workbook, amounts };
}

/** A copy of the grid with one cell's number moved by `euros`; blank and "-" count as 0. */
function withChange(grid: GridWorkbook, { where, unitEuros }: AmountCell, euros: number): GridWorkbook {
  const { row, col } = parseA1(where.cell) as { row: number; col: number };
  return {
    sheets: grid.sheets.map((sheet) => {
      if (sheet.name !== where.sheet) return sheet;
      const rows = sheet.rows.map((line) => [...line]);
      const old = rows[row - sheet.top][col - sheet.left]?.value;
      const before = typeof old === "number" ? old : 0;
      rows[row - sheet.top][col - sheet.left] = { value: before + euros / unitEuros };
      return { ...sheet, rows };
    }),
  };
}

describe.each([
  ["one sheet, typed totals", ONE_SHEET],
  ["spread over sheets, SUM totals", SPREAD],
])("any one changed amount is an error (%s)", (_name, layout) => {
  let clean: Awaited<ReturnType<typeof cleanGrid>>;
  beforeAll(async () => {
    clean = await cleanGrid(layout);
  });

  it("the clean grid itself has no error", () => {
    expect(validateGrid(clean.grid).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("changing one amount by a non-zero number of euros yields an error finding", () => {
    const euros = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 10_000_000 }));
    const change = fc.tuple(euros, fc.boolean()).map(([amount, negative]) => (negative ? -amount : amount));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: clean.amounts.length - 1 }), change, (index, delta) => {
        const findings = validateGrid(withChange(clean.grid, clean.amounts[index], delta));
        return findings.some((finding) => finding.severity === "error");
      }),
      { numRuns: 300 },
    );
  });
});
