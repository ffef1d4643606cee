/**
 * npm run check:office judged on a copy of src/ with planted members: a too-new one must fail and be
 * named with its set, the same one behind a requirement check must not, an online-only one must fail.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { checkOffice, parseAnnotation } from "../../scripts/office-api-sets";

const ROOT = path.resolve(__dirname, "../..");

/** Appends `code` to a copy of the source file `file` (relative to src/); returns the line it starts on. */
function plant(srcCopy: string, file: string, code: string): number {
  const target = path.join(srcCopy, file);
  const before = fs.readFileSync(target, "utf8");
  fs.writeFileSync(target, `${before}\n${code}\n`);
  return before.split("\n").length + 1;
}

describe("check:office on a copy of src/ with planted Office.js members", () => {
  let result: ReturnType<typeof checkOffice>;
  const lines: Record<string, number> = {};

  beforeAll(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samen-check-office-"));
    const srcCopy = path.join(dir, "src");
    fs.cpSync(path.join(ROOT, "src"), srcCopy, { recursive: true });
    // The copy imports zod, React and the rest as src/ does.
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    lines.insert = plant(
      srcCopy,
      "excel/load-model.ts",
      "export function plantedInsert(workbook: Excel.Workbook, base64: string): void {\n  workbook.insertWorksheetsFromBase64(base64);\n}",
    );
    lines.tabId = plant(
      srcCopy,
      "excel/read-grid.ts",
      'export const plantedTab = (sheet: Excel.Worksheet) => sheet.load("name, tabId");',
    );
    plant(
      srcCopy,
      "excel/scenario-store.ts",
      [
        "export function plantedRename(sheet: Excel.Worksheet): void {",
        '  if (Office.context.requirements.isSetSupported("ExcelApi", "1.17")) sheet.onNameChanged.add(async () => undefined);',
        "}",
      ].join("\n"),
    );
    plant(
      srcCopy,
      "excel/literal-text.ts",
      [
        "export function plantedNotes(sheet: Excel.Worksheet): Excel.NoteCollection | undefined {",
        '  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.18")) return undefined;',
        "  return sheet.notes;",
        "}",
      ].join("\n"),
    );
    lines.negated = plant(
      srcCopy,
      "excel/literal-text.ts",
      [
        "export function plantedFormulaEvents(sheet: Excel.Worksheet): void {",
        '  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.13")) sheet.onFormulaChanged.add(async () => undefined);',
        "}",
      ].join("\n"),
    );
    lines.pause = plant(
      srcCopy,
      "excel/write-layout.ts",
      "export const plantedPause = (sheet: Excel.Worksheet) => sheet.protection.pauseProtection();",
    );
    result = checkOffice(srcCopy);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  test("an ExcelApi 1.13 method fails, named with its set and where it is used", () => {
    expect(result.problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Excel\\.Workbook\\.insertWorksheetsFromBase64 vraagt ExcelApi 1\\.13, het manifest belooft ExcelApi 1\\.9: excel/load-model\\.ts:${lines.insert + 1} `,
        ),
      ),
    );
  });

  test("a property named only in a load() string is judged too (tabId: ExcelApi 1.14)", () => {
    expect(result.problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`^Excel\\.Worksheet\\.tabId vraagt ExcelApi 1\\.14, .*excel/read-grid\\.ts:${lines.tabId} `),
      ),
    );
  });

  test("an online-only member fails even though its version is low", () => {
    expect(result.problems).toContainEqual(
      `Excel.WorksheetProtection.pauseProtection (ExcelApiOnline 1.1) is alleen Excel op het web: excel/write-layout.ts:${lines.pause}`,
    );
  });

  test("a newer member behind Office.context.requirements.isSetSupported is listed, not failed", () => {
    const rename = result.uses.find((use) => use.member === "Excel.Worksheet.onNameChanged");
    expect(rename).toMatchObject({
      set: { name: "ExcelApi", version: "1.17" },
      guardedBy: [{ name: "ExcelApi", version: "1.17" }],
    });
    expect(result.problems.some((problem) => problem.includes("onNameChanged"))).toBe(false);
  });

  test("after an early return on a failed check the rest of the block is guarded; a negated check guards nothing", () => {
    expect(result.uses.find((use) => use.member === "Excel.Worksheet.notes")?.guardedBy).toEqual([
      { name: "ExcelApi", version: "1.18" },
    ]);
    expect(result.problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Excel\\.Worksheet\\.onFormulaChanged vraagt ExcelApi 1\\.13, .*excel/literal-text\\.ts:${lines.negated + 1} `,
        ),
      ),
    );
  });

  test("apart from the planted members, the add-in fits its manifest", () => {
    expect(result.problems).toHaveLength(4);
    // The reason the manifest asks ExcelApi 1.9: the worksheet collection's change event.
    expect(result.uses.find((use) => use.member === "Excel.WorksheetCollection.onChanged")?.set).toEqual({
      name: "ExcelApi",
      version: "1.9",
    });
  });
});

describe("reading an annotation", () => {
  test("a conditional annotation keeps its first set and the whole text", () => {
    expect(parseAnnotation("* [Api set: ExcelApi 1.1 for get, 1.8 for set]")).toEqual({
      set: { name: "ExcelApi", version: "1.1" },
      note: "ExcelApi 1.1 for get, 1.8 for set",
      restricted: undefined,
    });
  });

  test("preview, desktop-only and @beta members are restricted", () => {
    expect(parseAnnotation("* [Api set: ExcelApi BETA (PREVIEW ONLY)]")?.restricted).toBeDefined();
    expect(parseAnnotation("* [Api set: ExcelApiDesktop 1.1]")?.restricted).toBe("alleen Excel voor Windows en Mac");
    expect(parseAnnotation("* @beta\n * [Api set: ExcelApi 1.2]")?.restricted).toBe("@beta");
  });

  test("a Common API set without a version, behind a link", () => {
    const doc = "* **Requirement set**: {@link https://learn.microsoft.com/x | Settings}\n *";
    expect(parseAnnotation(doc)).toEqual({ set: { name: "Settings" }, restricted: undefined, note: undefined });
  });
});
