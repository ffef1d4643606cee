import { callsSamen } from "../../src/share/samen-formula";
import { replaceSamenFormulas } from "../../src/share/sheet-values";

const sheet = (cells: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="1" max="2" width="12"/></cols><sheetData><row r="1">${cells}</row></sheetData><conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>SAMEN.GAP("x")&lt;0</formula></cfRule></conditionalFormatting></worksheet>`;

describe("callsSamen", () => {
  it.each([
    'SAMEN.GAP("meest kansrijk",2024)',
    "samen.total(2024)",
    "ROUND(SAMEN.TOTAL(2024)/1000,0)",
    "IF(A1>0,1,SAMEN.RESERVE(A1))",
    '_xldudf_SAMEN_GAP("alle",2025)',
    "'[C:\\add-ins\\samen]'!_xldudf_SAMEN_TOTAL(2024)",
    "SAMEN.TOTAL (2024)",
  ])("sees a SAMEN call in %s", (formula) => expect(callsSamen(formula)).toBe(true));

  it.each([
    "SUM(B2:B4)",
    '"SAMEN.GAP(" & A1',
    "'SAMEN.X'!A1+1",
    "MYSAMEN.TOTAL(1)",
    "Scenario.SAMEN.TOTAL(1)",
    "SAMEN.TOTAL",
  ])("sees none in %s", (formula) => expect(callsSamen(formula)).toBe(false));
});

describe("replaceSamenFormulas", () => {
  it("puts a number's cached value in place of the formula and keeps the cell's style and everything around it", () => {
    const xml = sheet(
      '<c r="A1" s="3"><f>SAMEN.GAP(&quot;meest kansrijk&quot;,2024)</f><v>-675000</v></c><c r="B1"><f>SUM(A1:A1)</f><v>-675000</v></c>',
    );
    const result = replaceSamenFormulas(xml);
    expect(result.replaced).toEqual(["A1"]);
    expect(result.xml).toBe(xml.replace("<f>SAMEN.GAP(&quot;meest kansrijk&quot;,2024)</f>", ""));
  });

  it("turns a text result into an inline string, keeps errors and booleans with their type", () => {
    const xml = sheet(
      '<c r="A1" t="str"><f>SAMEN.UNKNOWN("alle")</f><v>3, 7 &amp; 9</v></c>' +
        '<c r="B1" t="e"><f>SAMEN.GAP("x")</f><v>#N/A</v></c>' +
        '<c r="C1" t="b"><f>SAMEN.CHECK()=0</f><v>1</v></c>',
    );
    const result = replaceSamenFormulas(xml);
    expect(result.replaced).toEqual(["A1", "B1", "C1"]);
    expect(result.xml).toContain('<c r="A1" t="inlineStr"><is><t xml:space="preserve">3, 7 &amp; 9</t></is></c>');
    expect(result.xml).toContain('<c r="B1" t="e"><v>#N/A</v></c>');
    expect(result.xml).toContain('<c r="C1" t="b"><v>1</v></c>');
  });

  it("replaces a shared SAMEN formula's leader and followers, and leaves another shared formula alone", () => {
    const xml = sheet(
      '<c r="A1"><f t="shared" ref="A1:A3" si="0">SAMEN.TOTAL(2024)</f><v>2000000</v></c>' +
        '<c r="A2"><f t="shared" si="0"/><v>2000000</v></c>' +
        '<c r="B1"><f t="shared" ref="B1:B2" si="1">A1*2</f><v>4000000</v></c>' +
        '<c r="B2"><f t="shared" si="1"/><v>4000000</v></c>' +
        '<c r="A3"><f t="shared" si="0"></f><v>2000000</v></c>',
    );
    const result = replaceSamenFormulas(xml);
    expect(result.replaced).toEqual(["A1", "A2", "A3"]);
    expect(result.xml).toContain('<c r="A1"><v>2000000</v></c><c r="A2"><v>2000000</v></c>');
    expect(result.xml).toContain('<c r="B2"><f t="shared" si="1"/><v>4000000</v></c>');
  });

  it("replaces a (dynamic) array formula at its anchor, dropping the cell metadata that marks it", () => {
    const xml = sheet(
      '<c r="A1" cm="1"><f t="array" ref="A1:A2">SAMEN.PROPOSALS("3,13")</f><v>3</v></c><c r="A2"><v>13</v></c>',
    );
    const result = replaceSamenFormulas(xml);
    expect(result.replaced).toEqual(["A1"]);
    expect(result.xml).toContain('<c r="A1"><v>3</v></c><c r="A2"><v>13</v></c>');
  });

  it("works with a namespace prefix on every element, as some writers use", () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1">' +
      '<x:c r="A1" t="str"><x:f>SAMEN.UNKNOWN("alle")</x:f><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(replaceSamenFormulas(xml).xml).toContain(
      '<x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve">3</x:t></x:is></x:c>',
    );
  });

  it("names every SAMEN cell without a cached value and changes nothing", () => {
    const xml = sheet(
      '<c r="A1"><f>SAMEN.TOTAL(2024)</f><v></v></c><c r="B1"><f>SAMEN.BUDGET(2024)</f></c><c r="C1"><f>SAMEN.RESERVE(2024)</f><v>500000</v></c><c r="D1"><f>SUM(1)</f><v></v></c>',
    );
    expect(replaceSamenFormulas(xml)).toEqual({ xml, replaced: [], uncached: ["A1", "B1"] });
  });

  it("keeps an empty text result as an empty text", () => {
    const result = replaceSamenFormulas(sheet('<c r="A1" t="str"><f>SAMEN.UNKNOWN("3")</f><v></v></c>'));
    expect(result.uncached).toEqual([]);
    expect(result.xml).toContain('<c r="A1" t="inlineStr"><is><t xml:space="preserve"></t></is></c>');
  });

  it("leaves a sheet without SAMEN formulas as it is", () => {
    const xml = sheet('<c r="A1"><f>SUM(B1:B3)</f><v>6</v></c><c r="B1" t="s"><v>0</v></c>');
    expect(replaceSamenFormulas(xml)).toEqual({ xml, replaced: [], uncached: [] });
  });
});
