/**
 * One planted fault per rule, ESLint-style: each case changes the clean workbook in one place and
 * names the rule and the exact sheet and cell where the finding must appear.
 */
import ExcelJS from "exceljs";
import { buildBijlage1 } from "../fixtures/bijlage1";
import {
  buildBijlage2,
  cellOf,
  ONE_SHEET,
  SPREAD,
  type Address,
  type Bijlage2Layout,
  type Bijlage2Map,
} from "../fixtures/bijlage2";
import { at, besidesLetterSlip, errorsOf, findingsOf } from "../fixtures/validate-workbook";
import { a1, parseA1 } from "../../src/validate/grid";

interface FaultCase {
  name: string;
  layout?: Bijlage2Layout;
  plant(workbook: ExcelJS.Workbook, map: Bijlage2Map): void;
  /** Where each expected rule must report. */
  expect(map: Bijlage2Map): Array<[rule: string, where: Address]>;
  /** Rules that must not report anywhere: the fault is not blamed on the wrong rule. */
  absent?: string[];
}

function set(workbook: ExcelJS.Workbook, where: Address, value: ExcelJS.CellValue): void {
  cellOf(workbook, where).value = value;
}

const CASES: FaultCase[] = [
  {
    name: "a changed amount under a typed total",
    plant: (wb, map) => set(wb, map.summaryLine("a", 2024), 0.35),
    expect: (map) => [
      ["year-total", map.summaryTotal(2024)],
      ["budget-frame", map.summaryTotal(2024)],
    ],
  },
  {
    name: "a year over the frame, its total adjusted",
    plant: (wb, map) => {
      set(wb, map.summaryLine("a", 2024), 0.4);
      set(wb, map.summaryTotal(2024), 2.1);
    },
    expect: (map) => [["budget-frame", map.summaryTotal(2024)]],
    absent: ["year-total"],
  },
  {
    name: "a detail line that no longer matches its summary line",
    plant: (wb, map) => {
      set(wb, map.action("9", 2025), 40);
      set(wb, map.detailTotal(2, 2025), 50);
    },
    expect: (map) => [["detail-summary", map.detailTotal(2, 2025)]],
    absent: ["year-total", "budget-frame"],
  },
  {
    name: '"0,4" typed as text under typed totals',
    plant: (wb, map) => set(wb, map.summaryLine("d", 2025), "0,4"),
    expect: (map) => [["number-as-text", map.summaryLine("d", 2025)]],
    absent: ["year-total", "detail-summary"],
  },
  {
    name: '"0,4" typed as text under SUM totals: the SUM leaves it out',
    layout: SPREAD,
    plant: (wb, map) => set(wb, map.summaryLine("d", 2025), "0,4"),
    expect: (map) => [
      ["number-as-text", map.summaryLine("d", 2025)],
      ["year-total", map.summaryTotal(2025)],
    ],
  },
  {
    name: "a SUM that stops one row short",
    layout: SPREAD,
    plant: (wb, map) => {
      const total = parseA1(map.summaryTotal(2024).cell) as { row: number; col: number };
      set(wb, map.summaryTotal(2024), {
        formula: `SUM(${a1(total.row - 8, total.col)}:${a1(total.row - 2, total.col)})`,
      });
    },
    expect: (map) => [
      ["formula-range", map.summaryTotal(2024)],
      ["year-total", map.summaryTotal(2024)],
    ],
  },
  {
    name: "a SUM that counts the year header in",
    layout: SPREAD,
    plant: (wb, map) => {
      const total = parseA1(map.summaryTotal(2025).cell) as { row: number; col: number };
      set(wb, map.summaryTotal(2025), {
        formula: `SUM(${a1(total.row - 9, total.col)}:${a1(total.row - 1, total.col)})`,
      });
    },
    expect: (map) => [
      ["formula-range", map.summaryTotal(2025)],
      ["year-total", map.summaryTotal(2025)],
    ],
  },
  {
    name: "a typed total among formulas",
    layout: SPREAD,
    plant: (wb, map) => set(wb, map.detailTotal(4, 2025), 30),
    expect: (map) => [["hardcoded-total", map.detailTotal(4, 2025)]],
  },
  {
    name: "a duplicated action number",
    plant: (wb, map) => set(wb, map.actionLabel("8"), "7. Overzicht van bestaande meldpunten."),
    expect: (map) => [
      ["duplicate-action", map.actionLabel("8")],
      ["action-numbering", map.actionLabel("9")],
    ],
  },
  {
    name: "a gap in the action numbers",
    plant: (wb, map) => set(wb, map.actionLabel("32"), "33. Doorvoering mogelijke aanpassingen"),
    expect: (map) => [["action-numbering", map.actionLabel("32")]],
    absent: ["duplicate-action"],
  },
  {
    name: "actions under the wrong action line",
    layout: SPREAD,
    plant: (wb, map) => {
      set(wb, map.actionLabel("5"), 6);
      set(wb, map.actionLabel("6"), 5);
    },
    expect: (map) => [
      ["action-numbering", map.actionLabel("5")],
      ["action-numbering", map.actionLabel("6")],
    ],
    absent: ["duplicate-action"],
  },
  {
    name: "a missing year column",
    layout: { ...ONE_SHEET, omitYear: 2025 },
    plant: () => undefined,
    expect: (map) => [
      ["year-columns", map.yearHeader("summary", 2026)],
      ["year-columns", map.yearHeader(3, 2026)],
    ],
  },
  {
    name: "a duplicated year column",
    plant: (wb, map) => set(wb, map.yearHeader(1, 2026), 2025),
    expect: (map) => [["year-columns", map.yearHeader(1, 2026)]],
  },
  {
    name: "year columns out of order",
    plant: (wb, map) => {
      set(wb, map.yearHeader(5, 2025), 2026);
      set(wb, map.yearHeader(5, 2026), 2025);
    },
    expect: (map) => [["year-columns", map.yearHeader(5, 2026)]],
  },
  {
    name: "a #REF! in an amount",
    plant: (wb, map) => set(wb, map.summaryLine("b", 2023), { formula: "#REF!*1", result: { error: "#REF!" } }),
    expect: (map) => [["formula-error", map.summaryLine("b", 2023)]],
    absent: ["year-total", "budget-frame"],
  },
  {
    name: "a negative amount",
    plant: (wb, map) => {
      set(wb, map.action("23", 2026), -5);
      set(wb, map.action("20", 2026), 15);
    },
    expect: (map) => [["negative-amount", map.action("23", 2026)]],
  },
  {
    name: "text in an amount cell",
    plant: (wb, map) => set(wb, map.action("9", 2025), "dertig"),
    expect: (map) => [["not-a-number", map.action("9", 2025)]],
  },
  {
    name: "a detail table that is no longer there",
    plant: (wb, map) => set(wb, map.detailHeader(3), "Acties rond slachtofferschap"),
    expect: (map) => [["missing-table", map.summaryLabel("e")]],
  },
];

describe("each planted fault is found as its rule at its cell", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, fault) => {
    const workbook = new ExcelJS.Workbook();
    const map = buildBijlage2(fault.layout ?? ONE_SHEET, workbook);
    fault.plant(workbook, map);
    const findings = await findingsOf(workbook);
    for (const [rule, where] of fault.expect(map)) {
      expect({ rule, where, found: at(findings, rule, where).length > 0 }).toEqual({ rule, where, found: true });
    }
    for (const rule of fault.absent ?? []) expect(findings.filter((f) => f.rule === rule)).toEqual([]);
    for (const finding of findings) expect(finding.message).toMatch(/[a-z]/);
  });

  it("a workbook without any table of the action plan: missing-table at the first sheet's A1", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notities").getCell("C3").value = "Boodschappenlijst";
    const findings = await findingsOf(workbook);
    expect(findings).toEqual([expect.objectContaining({ rule: "missing-table", sheet: "Notities", cell: "A1" })]);
    expect(errorsOf(findings)).toHaveLength(1);
  });

  it("an unreadable cost text in a Bijlage 1 table: proposal-cost, a warning", async () => {
    const workbook = new ExcelJS.Workbook();
    buildBijlage2(ONE_SHEET, workbook);
    const bijlage1 = buildBijlage1(workbook, { sheet: "Bijlage 1", row: 2, col: 1 });
    set(workbook, bijlage1.cost(3), "ongeveer een ton");
    const findings = besidesLetterSlip(await findingsOf(workbook));
    expect(findings).toEqual([
      expect.objectContaining({ rule: "proposal-cost", severity: "warning", ...bijlage1.cost(3) }),
    ]);
    expect(findings[0].message).toMatch(/Voorstel 3: .*niet te lezen/);
  });
});
