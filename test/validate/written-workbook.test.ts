/** What `samen workbook` writes is the add-in's layout in a real .xlsx: it validates with the letter's one slip only. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { renderLayout } from "../../src/layout";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { buildWorkbook } from "../../src/xlsx/write-workbook";
import { captureIO } from "../support/capture-io";
import { besidesLetterSlip, findingsOf, LETTER_SLIP } from "../fixtures/validate-workbook";

describe("a workbook written by samen workbook", () => {
  it("validates with only the letter's appraisal-link warning: samen validate exits 0", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "samen-written-")), "model.xlsx");
    expect(await main(["workbook", file], captureIO())).toBe(0);
    const before = readFileSync(file);
    const io = captureIO();
    expect(await main(["validate", file, "--json"], io)).toBe(0);
    expect(JSON.parse(io.stdout.join("\n"))).toEqual({
      file,
      findings: [{ ...LETTER_SLIP, sheet: "Voorstellen", cell: "E13" }],
      summary: { errors: 0, warnings: 1, infos: 0 },
    });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("is judged, not skipped: an edited action amount is found against its budget line", async () => {
    const workbook = buildWorkbook(renderLayout(LETTER_PLAN));
    const acties = workbook.getWorksheet("Acties")!;
    const header = acties.getRow(1).values as unknown[];
    const col2025 = header.indexOf("2025");
    const row9 = acties.getColumn(1).values.findIndex((value) => value === 9);
    acties.getCell(row9, col2025).value = 310_000;
    const findings = besidesLetterSlip(await findingsOf(workbook));
    expect(findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual(["detail-summary@Begroting!E5"]);
  });
});
