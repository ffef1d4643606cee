/**
 * Every file Samen writes is valid against the ECMA-376 transitional schemas (xmllint, after Markup
 * Compatibility) and opens in openpyxl with table parts that keep the rules no schema states. The
 * checks fail on a planted fault, and pass on what LibreOffice and openpyxl write (the corpus).
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { captureIO } from "../support/capture-io";
import { checkAgainstSchemas, expectSchemaValid } from "../support/ooxml-schema";
import { openpyxlTableFaults } from "../support/openpyxl-tables";

jest.setTimeout(120_000);

const dir = mkdtempSync(path.join(tmpdir(), "samen-valid-"));
const CORPUS = path.join(__dirname, "..", "corpus", "other-writers");

async function samen(...args: string[]): Promise<string[]> {
  const io = captureIO();
  expect({ code: await main(args, io), err: io.stderr }).toEqual({ code: 0, err: [] });
  return io.stdout;
}

/** The same package with one part's XML changed. */
async function planted(bytes: Uint8Array, part: string, change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(part)!.async("string");
  const changed = change(xml);
  expect(changed).not.toBe(xml);
  zip.file(part, changed);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Overzicht with SAMEN formulas as Excel saves them after Samen computed them: one number, one text. */
const withSamenCells = (xml: string) =>
  xml.replace(
    /<\/sheetData>/,
    '<row r="60"><c r="A60"><f>_xldudf_SAMEN_TOTAL(2024)</f><v>2000000</v></c>' +
      '<c r="B60" t="str"><f>SAMEN.SCENARIO("meest kansrijk")</f><v>meest kansrijk &amp; zo</v></c></row></sheetData>',
  );

describe("the files Samen writes", () => {
  let workbook: Uint8Array;
  beforeAll(async () => {
    await samen("workbook", path.join(dir, "plan.xlsx"));
    workbook = readFileSync(path.join(dir, "plan.xlsx"));
  });

  it("samen workbook: schema-valid, and openpyxl opens it with sound tables", async () => {
    await expectSchemaValid(workbook);
    expect(await openpyxlTableFaults(workbook)).toEqual([]);
  });

  it("samen share: the copy of a valid file with SAMEN formulas stays valid", async () => {
    const source = path.join(dir, "met-samen.xlsx");
    await writeFile(source, await planted(workbook, "xl/worksheets/sheet5.xml", withSamenCells));
    await samen("share", source, path.join(dir, "deelbaar.xlsx"));
    const copy = readFileSync(path.join(dir, "deelbaar.xlsx"));
    expect(copy.includes("SAMEN")).toBe(false);
    await expectSchemaValid(copy);
    expect(await openpyxlTableFaults(copy)).toEqual([]);
  });

  it("samen share: a file with table faults Samen did not write is copied no worse, and the report names them", async () => {
    const withSamen = await planted(workbook, "xl/worksheets/sheet5.xml", withSamenCells);
    const source = path.join(dir, "vreemd.xlsx");
    const faulty = await planted(withSamen, "xl/tables/table1.xml", (xml) =>
      xml
        .replace('<tableColumn id="3" name="2023"', '<tableColumn id="3" name="2023" dxfId="0"')
        .replace('name="2024" totalsRowFunction="sum"', 'name="2024" totalsRowFunction="custom"'),
    );
    await writeFile(source, faulty);
    const out = await samen("share", source, path.join(dir, "vreemd-deelbaar.xlsx"));
    expect(out.slice(1)).toEqual([
      `Let op: ${source} had al fouten die Samen niet schreef; de kopie neemt ze ongewijzigd over en Excel ` +
        "herstelt ze bij het openen (of weigert de tabel):",
      '  - tabel Begroting, kolom "2023": opmaak als dxfId, een kenmerk dat Excel niet kent',
      '  - tabel Begroting, kolom "2024": een eigen totaal zonder formule',
    ]);
    const copy = readFileSync(path.join(dir, "vreemd-deelbaar.xlsx"));
    expect((await checkAgainstSchemas(copy)).violations).toEqual((await checkAgainstSchemas(faulty)).violations);
    expect((await checkAgainstSchemas(copy)).violations).toHaveLength(1);
  });

  it("a planted dxfId on a table column breaks the schema and openpyxl", async () => {
    const faulty = await planted(workbook, "xl/tables/table1.xml", (xml) =>
      xml.replace('<tableColumn id="3" name="2023"', '<tableColumn id="3" name="2023" dxfId="0"'),
    );
    const { violations } = await checkAgainstSchemas(faulty);
    expect(violations).toEqual([expect.stringMatching(/^xl\/tables\/table1\.xml:.*'dxfId' is not allowed/)]);
    expect(await openpyxlTableFaults(faulty)).toEqual([expect.stringMatching(/^openpyxl cannot open.*dxfId/)]);
  });

  it("a custom total without its formula and a column not named as its header fail the table rules", async () => {
    const faulty = await planted(workbook, "xl/tables/table1.xml", (xml) =>
      xml
        .replace('name="2024" totalsRowFunction="sum"', 'name="2024" totalsRowFunction="custom"')
        .replace('name="2025"', 'name="2025 "'),
    );
    expect((await checkAgainstSchemas(faulty)).violations).toEqual([]);
    expect(await openpyxlTableFaults(faulty)).toEqual([
      "Begroting: custom total of '2024' without totalsRowFormula",
      "Begroting: column '2025 ' under header cell '2025'",
    ]);
  });

  it("a table with a column fewer than its range is wide fails the table rules", async () => {
    const faulty = await planted(workbook, "xl/tables/table1.xml", (xml) =>
      xml.replace('<tableColumns count="7">', '<tableColumns count="6">').replace(/<tableColumn id="7"[^>]*\/>/, ""),
    );
    expect(await openpyxlTableFaults(faulty)).toEqual(["Begroting: 6 columns for a range 7 wide"]);
  });
});

describe("the files of other writers in the corpus", () => {
  const files = ["libreoffice", "openpyxl"].flatMap((writer) =>
    readdirSync(path.join(CORPUS, writer))
      .filter((file) => file.startsWith("schoon-"))
      .map((file) => path.join(writer, file)),
  );
  it.each(files)("%s is schema-valid", async (file) => {
    await expectSchemaValid(readFileSync(path.join(CORPUS, file)));
  });
});
