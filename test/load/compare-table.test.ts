/**
 * compareTable matches the model's columns by header: a column the officer added, or moved, is hers; the
 * letter's columns are still compared where they stand, and a row the letter brings back fits the
 * workbook's columns. Figures from Bijlage 2: action 9 is 30 × € 10.000 in 2025, nothing in other years.
 */
import { renderLayout, type TableLayout } from "../../src/layout";
import { compareTable } from "../../src/load/compare-table";
import { LETTER_PLAN } from "../../src/model/letter/dataset";

const acties: TableLayout = renderLayout(LETTER_PLAN, []).sheets.find(
  (sheet) => sheet.table?.name === "Acties",
)!.table!;
const headers = acties.columns.map((column) => column.header);
const rows = acties.rows.map((row) => row.map((cell) => cell ?? ""));
const nineAt = rows.findIndex((row) => row[0] === 9);

describe("compareTable by header", () => {
  test("a column the officer added is reported and left; a deleted row comes back as wide as her table", () => {
    const header = [...headers, "2027"];
    const body = rows.filter((_, i) => i !== nineAt).map((row) => [...row, 0]);
    const comparison = compareTable(acties, header, body);
    expect(comparison.headersMatch).toBe(true);
    expect(comparison.addedColumns).toEqual(["2027"]);
    expect(comparison.differences).toEqual([]);
    expect(comparison.missingRows).toHaveLength(1);
    const [restored] = comparison.missingRows;
    expect(restored).toHaveLength(header.length);
    expect(restored[header.indexOf("Nr")]).toBe(9);
    expect(restored[header.indexOf("2025")]).toBe(300_000);
    expect(restored[header.indexOf("2027")]).toBe(0);
  });

  test("columns in another order: an edit is found in the workbook's own column", () => {
    // 2025 moved to the end.
    const moved = headers.indexOf("2025");
    const order = [...headers.keys()].filter((i) => i !== moved).concat(moved);
    const body = rows.map((row) => order.map((i) => row[i]));
    body[nineAt][headers.length - 1] = 250_000;
    const comparison = compareTable(
      acties,
      order.map((i) => headers[i]),
      body,
    );
    expect(comparison.differences.map((d) => [d.row, d.column, d.columnIndex, d.workbook, d.model])).toEqual([
      ["9", "2025", headers.length - 1, 250_000, 300_000],
    ]);
  });

  test("a model column missing or twice, or the key column not first, cannot be compared", () => {
    expect(
      compareTable(
        acties,
        headers.filter((h) => h !== "2024"),
        rows,
      ).headersMatch,
    ).toBe(false);
    expect(compareTable(acties, [...headers, "2024"], rows).headersMatch).toBe(false);
    expect(compareTable(acties, [...headers.slice(1), headers[0]], rows).headersMatch).toBe(false);
  });
});
