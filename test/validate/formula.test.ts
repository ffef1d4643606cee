import { FormulaEvaluator, referencesOf } from "../../src/validate/formula";
import { a1, parseA1, sheetFromMatrices, type GridWorkbook } from "../../src/validate/grid";

/** One sheet from rows of typed values: strings starting with "=" are formulas without cached results. */
function book(rows: unknown[][], name = "Blad1"): GridWorkbook {
  const values = rows.map((row) => row.map((v) => (typeof v === "string" && v.startsWith("=") ? "" : v)));
  const formulas = rows.map((row) => row.map((v) => (typeof v === "string" && v.startsWith("=") ? v : "")));
  return { sheets: [sheetFromMatrices(name, 1, 1, values, formulas, [])] };
}

function evaluate(workbook: GridWorkbook, address: string): unknown {
  const { row, col } = parseA1(address)!;
  return new FormulaEvaluator(workbook).valueOf(workbook.sheets[0], row, col);
}

describe("the formula subset", () => {
  it("sums ranges and single cells, skipping text and blanks as SUM does", () => {
    const workbook = book([[0.3], [1.7], ["0,4"], [""], ["=SUM(A1:A4)"], ["=SUM(A1,A2)+A1"]]);
    expect(evaluate(workbook, "A5")).toEqual({ number: 2 });
    expect(evaluate(workbook, "A6")).toEqual({ number: 2.3 });
  });

  it("adds, subtracts, multiplies and divides with precedence and parentheses", () => {
    const workbook = book([[5, 10, "=A1+B1*2", "=(A1+B1)/3-1", "=-A1+B1", "=A1/0"]]);
    expect(evaluate(workbook, "C1")).toEqual({ number: 25 });
    expect(evaluate(workbook, "D1")).toEqual({ number: 4 });
    expect(evaluate(workbook, "E1")).toEqual({ number: 5 });
    expect(evaluate(workbook, "F1")).toEqual({ error: "#DIV/0!" });
  });

  it("follows totals over totals and other sheets, with quoted sheet names", () => {
    const detail = sheetFromMatrices("Actielijn 2", 1, 1, [[5], [30], [""]], [[""], [""], ["=SUM(A1:A2)"]], []);
    const summary = sheetFromMatrices("Overzicht", 1, 1, [["", ""]], [["='Actielijn 2'!A3/100", "=A1*2"]], []);
    const evaluator = new FormulaEvaluator({ sheets: [detail, summary] });
    expect(evaluator.valueOf(summary, 1, 1)).toEqual({ number: 0.35 });
    expect(evaluator.valueOf(summary, 1, 2)).toEqual({ number: 0.7 });
  });

  it("uses a cached result before the formula, and carries errors", () => {
    const sheet = sheetFromMatrices(
      "B",
      1,
      1,
      [[1, 2, 99, "#REF!", ""]],
      [["", "", "=A1+B1", "=A1+#REF!", "=D1+1"]],
      [],
    );
    const evaluator = new FormulaEvaluator({ sheets: [sheet] });
    expect(evaluator.valueOf(sheet, 1, 3)).toEqual({ number: 99 });
    expect(evaluator.valueOf(sheet, 1, 4)).toEqual({ error: "#REF!" });
    expect(evaluator.valueOf(sheet, 1, 5)).toEqual({ error: "#REF!" });
  });

  it("carries an error written into a formula without a cached result, as openpyxl files hold them", () => {
    const workbook = book([[1, "=SUM(#REF!)", "=A1+#DIV/0!", "=NA()", "=SUM(A1:D1)"]]);
    expect(evaluate(workbook, "B1")).toEqual({ error: "#REF!" });
    expect(evaluate(workbook, "C1")).toEqual({ error: "#DIV/0!" });
    expect(evaluate(workbook, "D1")).toEqual({ error: "#N/A" });
    expect(evaluate(workbook, "E1")).toEqual({ error: "#REF!" });
  });

  it("answers null (unknown), never a guess, outside the subset; a cycle is #REF!", () => {
    const workbook = book([[1, "=VLOOKUP(A1,B1:C2,2)", "=D1", "=C1", '="a"&"b"']]);
    expect(evaluate(workbook, "B1")).toBeNull();
    expect(evaluate(workbook, "C1")).toEqual({ error: "#REF!" });
    expect(evaluate(workbook, "E1")).toBeNull();
  });

  it("resolves structured references through the caller, as table totals use them", () => {
    const workbook = book([["2024"], [300000], [1700000], ["=SUBTOTAL(109,Begroting[2024])"]]);
    const area = { sheet: "Blad1", top: 2, left: 1, bottom: 3, right: 1 };
    const evaluator = new FormulaEvaluator(workbook, (table, column) =>
      table === "Begroting" && column === "2024" ? area : null,
    );
    expect(evaluator.valueOf(workbook.sheets[0], 4, 1)).toEqual({ number: 2_000_000 });
    expect(new FormulaEvaluator(workbook).valueOf(workbook.sheets[0], 4, 1)).toBeNull();
  });

  it("lists the areas a formula reads, a bare [column] resolved from where the formula stands", () => {
    const home = { sheet: book([[1]]).sheets[0], row: 10, col: 3 };
    expect(referencesOf("SUM($C$3:C9)+'Blad 2'!D4", home)).toEqual([
      { sheet: null, top: 3, left: 3, bottom: 9, right: 3 },
      { sheet: "Blad 2", top: 4, left: 4, bottom: 4, right: 4 },
    ]);
    expect(referencesOf("INDIRECT(A1)+", home)).toBeNull();
    const column = { sheet: "Blad1", top: 2, left: 3, bottom: 9, right: 3 };
    const resolve = (table: string | null, name: string, at: typeof home) =>
      table === null && name === "2024" && at.row === 10 ? column : null;
    expect(referencesOf("SUBTOTAL(109,[2024])", home, resolve)).toEqual([column]);
    expect(referencesOf("SUBTOTAL(109,[2025])", home, resolve)).toBeNull();
  });
});

describe("A1 addresses", () => {
  it("round-trips columns past Z", () => {
    expect([a1(1, 1), a1(12, 26), a1(3, 27), a1(7, 703)]).toEqual(["A1", "Z12", "AA3", "AAA7"]);
    expect(parseA1("$AB$12")).toEqual({ row: 12, col: 28 });
    expect(parseA1("Totaal")).toBeNull();
  });
});
