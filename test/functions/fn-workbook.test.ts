import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { buildAddinLayout } from "../fixtures/addin-layout";
import { captureIO } from "../support/capture-io";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samen-fn-"));

/** The add-in's layout from the letter, with the officer's edits applied, as an .xlsx file. */
async function workbookFile(name: string, edit: (workbook: ReturnType<typeof buildAddinLayout>) => void = () => {}) {
  const workbook = buildAddinLayout();
  edit(workbook);
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function fn(...args: string[]) {
  const io = captureIO();
  const code = await main(["fn", ...args], io);
  return { code, out: io.stdout, err: io.stderr.join("\n") };
}

describe("samen fn --workbook: the functions over the model tables of a file", () => {
  test("the layout as written answers with the letter's figures", async () => {
    const file = await workbookFile("letter.xlsx");
    expect(await fn("GAP", "meest kansrijk", "2024", "--workbook", file)).toEqual({
      code: 0,
      out: ["-675000"],
      err: "",
    });
    expect(await fn("--workbook", file, "CHECK")).toEqual({ code: 0, out: ["0"], err: "" });
  });

  test("an edited reserve and a saved scenario come from the file", async () => {
    // Begroting row 9 is line h; column D is 2024.
    const file = await workbookFile(
      "edited.xlsx",
      (wb) => (wb.getWorksheet("Begroting")!.getCell("D9").value = 600000),
    );
    expect((await fn("GAP", "meest kansrijk", "2024", "--workbook", file)).out).toEqual(["-575000"]);
    // The fixture saves "Opvang": proposal 13 from 2025, 100.000 incidental and 50.000 structural.
    expect((await fn("GAP", "opvang", "2025", "--workbook", file)).out).toEqual(["50000"]);
  });

  test("CHECK counts an amount typed as text; the functions then say what is wrong", async () => {
    const file = await workbookFile("broken.xlsx", (wb) => (wb.getWorksheet("Begroting")!.getCell("E5").value = "0,4"));
    expect((await fn("CHECK", "--workbook", file)).out).toEqual(["1"]);
    const gap = await fn("TOTAL", "2025", "--workbook", file);
    expect(gap.code).toBe(1);
    expect(gap.out[0]).toMatch(/^#VALUE!: .*Begroting.*"0,4"/);
  });

  test("a missing file, a missing file name and CHECK without a workbook are usage errors in Dutch", async () => {
    const missing = await fn("TOTAL", "2024", "--workbook", path.join(dir, "weg.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.err).not.toMatch(/at .*\.ts:\d+/);
    expect(missing.err.length).toBeGreaterThan(0);
    expect(await fn("TOTAL", "2024", "--workbook")).toMatchObject({
      code: 2,
      err: expect.stringContaining("Na --workbook hoort een .xlsx-bestand."),
    });
    expect(await fn("CHECK")).toMatchObject({
      code: 2,
      err: expect.stringContaining("samen fn CHECK --workbook <bestand.xlsx>"),
    });
  });
});
