/**
 * Header reading as officers build their workbooks, on small grids: year headers as numbers, text or
 * formulas, titles merged over a header row, labels beside descriptions, units named in headers.
 */
import { detectTables } from "../../src/validate/detect";
import { unitInHeader } from "../../src/validate/detect/headers";
import { validateGrid } from "../../src/validate";
import { sheetFromMatrices, type GridWorkbook } from "../../src/validate/grid";

/** One sheet from rows of values; a string starting with "=" is a formula without a cached result. */
function book(rows: unknown[][], cached: unknown[][] = []): GridWorkbook {
  const values = rows.map((row, r) =>
    row.map((v, c) => (typeof v === "string" && v.startsWith("=") ? (cached[r]?.[c] ?? "") : v)),
  );
  const formulas = rows.map((row) => row.map((v) => (typeof v === "string" && v.startsWith("=") ? v : "")));
  return { sheets: [sheetFromMatrices("Bijlage 2", 1, 1, values, formulas, [])] };
}

const TITLE_1 = "Actielijn 1. Creëren van brede bewustwording (€ x10.000)";
/** Action line 1 as the letter prints it, below a header row given by the test. */
const BODY_1: unknown[][] = [
  ["1. Inventarisatie bestaande bewustwordingscampagnes.", "", 5, "", ""],
  ["2. Nulmeting signaleerders.", "", 5, "", ""],
  ["3 en 4. Een gerichte communicatiestrategie", "", 10, 10, ""],
  ["5. Preventie op school", "", "", 20, ""],
  ["Totaal", 0, 20, 30, 0],
];

/** "3 en 4. Een gerichte …" | amounts → "3 en 4" | "Een gerichte …" | amounts. */
function splitLabel(row: unknown[]): unknown[] {
  const [joined, ...amounts] = row as [string, ...unknown[]];
  const match = /^(\d+(?: en \d+)?)\. (.*)$/.exec(joined);
  if (!match) return [joined, "", ...amounts];
  return [/^\d+$/.test(match[1]) ? Number(match[1]) : match[1], match[2], ...amounts];
}

function onlyTable(workbook: GridWorkbook) {
  const { amountTables } = detectTables(workbook);
  expect(amountTables).toHaveLength(1);
  return amountTables[0];
}

describe("year headers", () => {
  it.each([
    ["numbers", [2023, 2024, 2025, 2026], []],
    ["text with spaces", [" 2023", "2024 ", " 2025 ", "2026"], []],
    ["formulas without cached results", [2023, "=B1+1", "=C1+1", "=D1+1"], []],
    ["formulas with cached results", ["=2023", "=B1+1", "=C1+1", "=D1+1"], [["", 2023, 2024, 2025, 2026]]],
  ])("as %s", (_name, years, cached) => {
    const table = onlyTable(book([[TITLE_1, ...years], ...BODY_1], cached as unknown[][]));
    expect(table.years).toEqual([2023, 2024, 2025, 2026].map((year, i) => ({ year, col: 2 + i })));
    expect(table.unread).toEqual([]);
    expect(table.rows.map((row) => row.actionNumbers)).toEqual([[1], [2], [3, 4], [5]]);
    expect(table.totalRow).toBe(6);
  });

  it("a formula the validator cannot compute leaves the table unjudged: one warning at that cell", () => {
    const workbook = book([[TITLE_1, 2023, "=B1+1", "=YEAR(TODAY())", "=D1+1"], ...BODY_1]);
    const table = onlyTable(workbook);
    expect(table.years).toEqual([]);
    expect(table.unread).toEqual([expect.objectContaining({ row: 1, col: 4 })]);
    const findings = validateGrid(workbook);
    // Found, so not missing; not judged, so no year is reported missing and no sum is compared.
    expect(findings.filter((finding) => finding.rule !== "missing-table")).toEqual([
      expect.objectContaining({ rule: "table-header", severity: "warning", cell: "D1" }),
    ]);
    expect(findings.find((finding) => finding.rule === "table-header")?.message).toMatch(
      /=YEAR\(TODAY\(\)\) heeft geen opgeslagen uitkomst.*De bedragen van "Actielijn 1\. .*" zijn daarom niet gecontroleerd\./,
    );
  });

  it("a formula header showing an error is reported the same way", () => {
    const workbook = book([[TITLE_1, 2023, "=#REF!+1", 2025, 2026], ...BODY_1]);
    expect(onlyTable(workbook).unread).toEqual([
      expect.objectContaining({ col: 3, message: expect.stringMatching(/foutwaarde #REF!/) }),
    ]);
  });
});

describe("titles and labels", () => {
  it("a title merged over the table, with the years in the header row below it", () => {
    const workbook = book([[TITLE_1], ["Nr.", "Omschrijving", 2023, 2024, 2025, 2026], ...BODY_1.map(splitLabel)]);
    const table = onlyTable(workbook);
    expect([table.titleRow, table.headerRow]).toEqual([1, 2]);
    expect(table.years.map((column) => column.col)).toEqual([3, 4, 5, 6]);
    expect(table.rows.map((row) => [row.label, row.labelCol])).toEqual([
      ["1", 1],
      ["2", 1],
      ["3 en 4", 1],
      ["5", 1],
    ]);
    expect(table.totalRow).toBe(7);
    // The sums hold; only the summary this detail table belongs to is not in the workbook.
    expect(validateGrid(workbook).map((finding) => `${finding.rule}@${finding.cell}`)).toEqual(["missing-table@A1"]);
  });

  it("a title merged over five columns with its years on the same row", () => {
    const table = onlyTable(book([[TITLE_1, "", "", "", "", 2023, 2024, 2025, 2026]]));
    expect(table.years.map((column) => column.col)).toEqual([6, 7, 8, 9]);
  });

  it("a header row 'Regel | Omschrijving' under the summary's merged title is its header, not a table of its own", () => {
    const workbook = book([
      ["Programma Samen tegen mensenhandel (€ mln)"],
      ["Regel", "Omschrijving", 2023, 2024, 2025, 2026],
      ["a.", "Programmakosten (apparaatsbudget)", 0.3, 0.3, 0.3, 0.3],
    ]);
    const table = onlyTable(workbook);
    expect([table.family, table.kind, table.unitEuros, table.rows[0].lineId]).toEqual(["brief", "summary", 1e6, "a"]);
  });

  it("a row of amounts under a description starting 'Actielijn' is not taken for a header row", () => {
    // x € 1.000: the Totaal row 2000 | 2000 | 2000 | 2000 looks like years, but is one year four times.
    const workbook = book([
      ["Programma Samen tegen mensenhandel", "x € 1.000", 2023, 2024, 2025, 2026],
      ["g.", "Actielijn 5. Verbetering van de informatiedeling", "-", 100, 300, 100],
      ["Totaal", "", 2000, 2000, 2000, 2000],
    ]);
    expect(onlyTable(workbook).unitEuros).toBe(1_000);
  });
});

describe("units named in headers", () => {
  it.each([
    ["Programma Samen tegen mensenhandel (€ 2 mln.)", 1_000_000],
    ["€ mln", 1_000_000],
    ["(€ x10.000)", 10_000],
    ["x € 1.000", 1_000],
    ["Bedragen in duizenden euro's", 1_000],
    ["in euro's", 1],
    ["Omschrijving", null],
    ["Actielijn 4. Verbeteren van de (bovenregionale en regionale) samenwerking", null],
    ["in honderden euro's", "onbekend"],
    ["(US$)", "onbekend"],
  ])("%s → %s", (header, unit) => {
    expect(unitInHeader(header)).toBe(unit);
  });

  it("a unit named in a header cell of its own is the table's unit; an unknown one is reported", () => {
    const euros = book([[TITLE_1.replace(" (€ x10.000)", ""), "in euro's", 2023, 2024, 2025, 2026]]);
    expect(onlyTable(euros).unitEuros).toBe(1);
    const unknown = book([[TITLE_1.replace(" (€ x10.000)", ""), "in honderden euro's", 2023, 2024, 2025, 2026]]);
    expect(onlyTable(unknown).years).toEqual([]);
    expect(onlyTable(unknown).unread).toEqual([
      expect.objectContaining({ row: 1, col: 2, message: expect.stringMatching(/eenheid .* onbekend/) }),
    ]);
  });
});

describe("more ways officers write headers", () => {
  it("reads x € 1.000 and in € 1.000 as thousands; x 100 is an unknown unit, not taken at its word", () => {
    expect([unitInHeader("(in € 1.000)"), unitInHeader("€ x1.000.000"), unitInHeader("(€ x100)")]).toEqual([
      1_000,
      1_000_000,
      "onbekend",
    ]);
    expect(unitInHeader("Actielijn 1 (gestart in 2024)")).toBeNull();
  });

  it("a unit named right of the years", () => {
    const table = onlyTable(book([[TITLE_1.replace(" (€ x10.000)", ""), 2023, 2024, 2025, 2026, "x € 1.000"]]));
    expect(table.unitEuros).toBe(1_000);
  });

  it("year headers typed as dates shown as the year only", () => {
    // 1-1-2023 … 1-1-2026 as Excel's day numbers (Office.js) and as ExcelJS's dates (ISO text).
    const serials = [44927, 45292, 45658, 46023];
    const workbook = {
      sheets: [
        sheetFromMatrices(
          "Bijlage 2",
          1,
          1,
          [
            [TITLE_1, ...serials],
            [TITLE_1, "2023-01-01", "2024-01-01", "2025-01-01", "2026-01-01"],
          ],
          [],
          [
            ["", "jjjj", "jjjj", "jjjj", "jjjj"],
            ["", "yyyy", "yyyy", "yyyy", "yyyy"],
          ],
        ),
      ],
    };
    const { amountTables } = detectTables(workbook);
    expect(amountTables.map((table) => table.years.map((column) => column.year))).toEqual([
      [2023, 2024, 2025, 2026],
      [2023, 2024, 2025, 2026],
    ]);
  });
});

describe("merged titles over a header row", () => {
  it("a unit over the years in the title row; one year formula that cannot be computed is still a header row", () => {
    const unit = book([
      [TITLE_1.replace(" (€ x10.000)", ""), "", "", "", "x € 1.000"],
      ["", 2023, 2024, 2025, 2026],
    ]);
    expect([onlyTable(unit).headerRow, onlyTable(unit).unitEuros]).toEqual([2, 1_000]);
    const formulas = book([[TITLE_1], ["", 2023, "=YEAR(TODAY())", "=C2+1", "=D2+1"], ...BODY_1]);
    expect(onlyTable(formulas).unread).toEqual([expect.objectContaining({ row: 2, col: 3 })]);
  });
});
