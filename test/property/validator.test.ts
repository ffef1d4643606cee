/**
 * The validator reads workbooks nobody designed for it. On random grids built from the words and
 * formulas it reacts to, and on random damage to a clean Bijlage 2, it never throws and every finding
 * is well-formed: a known rule, its severity, a cell on an existing sheet and a Dutch message.
 */
import fc from "fast-check";
import ExcelJS from "exceljs";
import { RULES, validateGrid, type Finding, type GridCell, type GridWorkbook } from "../../src/validate";
import { GridWorkbookSchema, parseA1 } from "../../src/validate/grid";
import { readGridFromXlsx } from "../../src/xlsx/read-grid";
import { buildBijlage2, ONE_SHEET, SPREAD, xlsxBytes } from "../fixtures/bijlage2";

const SEVERITY_OF = new Map(RULES.map((rule) => [rule.meta.id, rule.meta.severity]));

const headerWord = fc.constantFrom(
  "Regel",
  "Omschrijving",
  "Nr",
  "Actielijn",
  "Actie",
  "Thema",
  "Prioriteit",
  "Kosten",
  "Geschatte kosten",
  "Status",
  "Incidenteel",
  "Structureel",
  "Hoog",
  "Bron",
  "Totaal",
  "Totaal (x € 10.000)",
  "2023",
  "2024",
  "2025",
  "2026",
  "2027",
  "a.",
  "h.",
  "3 en 4",
  "Reservering voor vervolgacties",
  "Begroting",
  "Acties",
);
const formula = fc.constantFrom(
  "SUM(C2:C9)",
  "SUM(C2:C3)",
  "C2+C3+C4",
  "SUBTOTAL(109,[2024])",
  "SUM(Begroting[2024])",
  "SUM(Acties[2025])",
  "SUM(",
  "C2/0",
  "#REF!+1",
  "Blad2!A1",
  "SUM(A1:XFD1048576)",
  "C1",
);
const errorText = fc.constantFrom("#REF!", "#VALUE!", "#DIV/0!", "#N/A", "#NAME?");

const cell: fc.Arbitrary<GridCell | null> = fc.oneof(
  fc.constant(null),
  headerWord.map((value) => ({ value })),
  fc
    .oneof(fc.integer({ min: -5_000_000, max: 5_000_000 }), fc.double({ noNaN: true, noDefaultInfinity: true }))
    .map((value) => ({ value })),
  fc.constantFrom("0,4", "1.050.000", "€ 175.000 incidenteel", "Nog onbekend.", "-", "", "abc").map((value) => ({
    value,
  })),
  fc.boolean().map((value) => ({ value })),
  fc
    .tuple(formula, fc.option(fc.integer({ min: -1_000, max: 1_000_000 })))
    .map(([f, value]) => ({ value, formula: f })),
  errorText.map((error) => ({ value: null, error })),
);

const sheet = fc.record({
  name: fc.constantFrom("Begroting", "Acties", "Voorstellen", "Blad1", "Bijlage 2", "Scenario's", ""),
  top: fc.integer({ min: 1, max: 4 }),
  left: fc.integer({ min: 1, max: 4 }),
  rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 }),
});
// A workbook has at least one sheet: the reader refuses a file without any.
const grid: fc.Arbitrary<GridWorkbook> = fc.array(sheet, { minLength: 1, maxLength: 3 }).map((sheets) => ({ sheets }));

function expectWellFormed(findings: Finding[], workbook: GridWorkbook): void {
  const sheets = new Set(workbook.sheets.map((s) => s.name));
  for (const finding of findings) {
    expect(SEVERITY_OF.get(finding.rule)).toBe(finding.severity);
    expect(sheets).toContain(finding.sheet);
    expect(parseA1(finding.cell)).not.toBeNull();
    expect(finding.message.trim().length).toBeGreaterThan(10);
    expect(finding.message).not.toMatch(/\bundefined\b|\bNaN\b|\[object |TypeError|Cannot read/);
  }
}

describe("the validator on random grids", () => {
  it("never throws and reports only well-formed findings", () => {
    fc.assert(
      fc.property(grid, (workbook) => {
        expect(GridWorkbookSchema.safeParse(workbook).success).toBe(true);
        expectWellFormed(validateGrid(workbook), workbook);
      }),
      { numRuns: 300 },
    );
  });
});

async function cleanGrid(layout: typeof ONE_SHEET): Promise<GridWorkbook> {
  const workbook = new ExcelJS.Workbook();
  buildBijlage2(layout, workbook);
  const read = await readGridFromXlsx(await xlsxBytes(workbook));
  if (!read.ok) throw new Error(read.message);
  return read.workbook;
}

/** One random edit: overwrite a cell, blank it, delete a row, or swap two rows. */
const damage = fc.record({
  kind: fc.constantFrom("overwrite", "blank", "delete-row", "swap-rows"),
  sheet: fc.nat(),
  row: fc.nat(),
  col: fc.nat(),
  other: fc.nat(),
  cell,
});

type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

function damaged(workbook: GridWorkbook, edits: readonly Damage[]): GridWorkbook {
  // The reader leaves a row without cells out (a hole): the copy fills it, so every row can be damaged.
  const sheets = workbook.sheets.map((s) => ({ ...s, rows: Array.from(s.rows, (row) => [...(row ?? [])]) }));
  for (const edit of edits) {
    const target = sheets[edit.sheet % sheets.length];
    if (target.rows.length === 0) continue;
    const r = edit.row % target.rows.length;
    const row = target.rows[r];
    if (edit.kind === "overwrite" && row.length > 0) row[edit.col % row.length] = edit.cell;
    if (edit.kind === "blank" && row.length > 0) row[edit.col % row.length] = null;
    if (edit.kind === "delete-row") target.rows.splice(r, 1);
    if (edit.kind === "swap-rows") {
      const o = edit.other % target.rows.length;
      [target.rows[r], target.rows[o]] = [target.rows[o], target.rows[r]];
    }
  }
  return { sheets };
}

describe.each([
  ["one sheet", ONE_SHEET],
  ["spread over sheets", SPREAD],
])("the validator on a damaged clean Bijlage 2 (%s)", (_name, layout) => {
  let clean: GridWorkbook;
  beforeAll(async () => {
    clean = await cleanGrid(layout);
  });

  it("never throws and reports only well-formed findings, whatever the damage", () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 6 }), (edits) => {
        const workbook = damaged(clean, edits);
        expectWellFormed(validateGrid(workbook), workbook);
      }),
      { numRuns: 80 },
    );
  });

  it("finds an error when a row of amounts (not a totals row) is deleted", () => {
    fc.assert(
      fc.property(fc.nat(), (index) => {
        const amountRows = clean.sheets.flatMap((s, si) =>
          s.rows.flatMap((row, ri) =>
            row.filter((c) => typeof c?.value === "number" && c.value !== 0 && !c.formula).length >= 2 &&
            !row.some((c) => typeof c?.value === "string" && /totaal/i.test(c.value))
              ? [[si, ri]]
              : [],
          ),
        );
        const [si, ri] = amountRows[index % amountRows.length];
        const workbook = damaged(clean, [{ kind: "delete-row", sheet: si, row: ri, col: 0, other: 0, cell: null }]);
        expect(validateGrid(workbook).some((finding) => finding.severity === "error")).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
