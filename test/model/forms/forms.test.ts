/**
 * PROPOSAL(n; "vormen") for all 33 proposals of Bijlage 1, as read by hand from the letter
 * (../shared/seeds/000_3b4b77d0646e1d2f.txt): a form counts when the proposal's text or its appraisal
 * names it ("seksuele uitbuiting", "arbeidsuitbuiting", "criminele uitbuiting", "seksuele en criminele
 * uitbuiting", "alle vormen van uitbuiting"); a bare "uitbuiting" (15: "rapport 'Uitbuiting en LVB'",
 * 25: "signalen uitbuiting") or "seksadvertentie…" names none. Then the reader on phrasings the letter
 * does not use, and the workbook's column Vormen counting over the text.
 */
import { formsNamedIn, readFormsCell } from "../../../src/model/forms/forms";
import { callModelFunction } from "../../../src/model/functions/table";
import { PlanQueries } from "../../../src/model/functions/queries";
import { LETTER_PLAN } from "../../../src/model/letter/dataset";
import { modelTables, type TableName } from "../../../src/layout/tables";
import { readPlanFromTables, type ModelTables } from "../../../src/layout/read-plan";

const S = "seksuele uitbuiting";
const A = "arbeidsuitbuiting";
const C = "criminele uitbuiting";

/** By hand, proposal by proposal; the words that name the form in brackets. */
const BY_HAND: Record<number, string[]> = {
  1: [], // klant-dader, 248b/273g Sr: no form named
  2: [],
  3: [],
  4: [], // seksadvertentiewebsites
  5: [],
  6: [],
  7: [S], // "voorkomen van seksuele uitbuiting"
  8: [C], // "slachtoffers van criminele uitbuiting"
  9: [],
  10: [],
  11: [],
  12: [C], // appraisal: "in het bijzonder bij criminele uitbuiting"
  13: [],
  14: [A], // "slachtoffers arbeidsuitbuiting"
  15: [], // "rapport 'Uitbuiting en LVB'"
  16: [S, A, C], // "alle vormen van uitbuiting"
  17: [],
  18: [],
  19: [],
  20: [C],
  21: [C],
  22: [C], // "te verbreden richting criminele uitbuiting" (text continued on the next page)
  23: [C],
  24: [C],
  25: [], // "meldplicht bij signalen uitbuiting"
  26: [S, C], // "seksuele en criminele uitbuiting"
  27: [],
  28: [C],
  29: [C],
  30: [],
  31: [],
  32: [],
  33: [],
};

const queries = new PlanQueries(LETTER_PLAN);

describe("PROPOSAL(n; vormen) on the letter", () => {
  it.each(Object.entries(BY_HAND))("voorstel %s", (number, forms) => {
    expect(callModelFunction(queries, "PROPOSAL", [Number(number), "vormen"])).toEqual({
      ok: true,
      value: forms.join(", "),
    });
  });

  it("covers every proposal of Bijlage 1", () => {
    expect(LETTER_PLAN.proposals.map((p) => p.number)).toEqual(Object.keys(BY_HAND).map(Number));
  });
});

describe("the reader, on phrasings beyond the letter", () => {
  it.each<[string, string[]]>([
    ["gericht op arbeids- en criminele uitbuiting", [A, C]],
    ["zowel seksuele als arbeidsuitbuiting", [S, A]],
    ["Criminele, seksuele of arbeidsuitbuiting", [S, A, C]],
    ["alle uitbuitingsvormen", [S, A, C]],
    ["uitbuiting in de zorg", []],
    ["seksuele voorlichting en uitbuiting", []],
    ["criminele netwerken", []],
  ])("%s", (text, forms) => {
    expect(formsNamedIn(text)).toEqual(forms);
  });

  it("reads the column as the officer may write it, and names what it cannot", () => {
    expect(readFormsCell(" Criminele uitbuiting ,seksuele  uitbuiting")).toEqual({ ok: true, forms: [S, C] });
    expect(readFormsCell("")).toEqual({ ok: true, forms: [] });
    expect(readFormsCell("arbeid")).toEqual({ ok: false, unknown: "arbeid" });
  });
});

function tablesWith(edit: (voorstellen: unknown[][]) => void): ModelTables {
  const tables: ModelTables = {};
  for (const table of modelTables(LETTER_PLAN, [])) {
    tables[table.name as TableName] = [table.columns.map((c) => c.header), ...table.rows.map((row) => [...row])];
  }
  edit(tables.Voorstellen!);
  return tables;
}

describe("the workbook's column Vormen counts", () => {
  const column = (values: unknown[][]) => values[0].indexOf("Vormen");
  const queriesOf = (tables: ModelTables) => {
    const read = readPlanFromTables(tables);
    if (!read.ok) throw new Error(read.message);
    return new PlanQueries(read.value.plan);
  };

  it("is written with the forms the text names", () => {
    const values = tablesWith(() => undefined).Voorstellen!;
    expect(values[16][column(values)]).toBe(`${S}, ${A}, ${C}`);
    expect(values[10][column(values)]).toBe("");
  });

  it("an officer's correction is what PROPOSAL and FIT's requirements see", () => {
    const tables = tablesWith((values) => {
      values[10][column(values)] = "arbeidsuitbuiting"; // voorstel 10
      values[16][column(values)] = ""; // voorstel 16
    });
    const edited = queriesOf(tables);
    expect(callModelFunction(edited, "PROPOSAL", [10, "vormen"])).toEqual({ ok: true, value: A });
    expect(callModelFunction(edited, "PROPOSAL", [16, "vormen"])).toEqual({ ok: true, value: "" });
  });

  it("a form it cannot read is named with its row and column", () => {
    const read = readPlanFromTables(tablesWith((values) => (values[3][column(values)] = "mensenhandel")));
    expect(read).toEqual({
      ok: false,
      kind: "value",
      message:
        'Tabel Voorstellen, rij 3, kolom Vormen: "mensenhandel" is geen vorm van uitbuiting (seksuele uitbuiting, arbeidsuitbuiting, criminele uitbuiting).',
    });
  });

  it("a table from before the column reads the forms from the text", () => {
    const older = tablesWith((values) => {
      const at = column(values);
      for (const row of values) row.splice(at, 1);
    });
    expect(callModelFunction(queriesOf(older), "PROPOSAL", [26, "vormen"])).toEqual({ ok: true, value: `${S}, ${C}` });
  });
});
