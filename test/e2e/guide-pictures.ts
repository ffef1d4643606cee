/**
 * The pictures of docs/handleiding.md: chosen screenshots of this run copied to docs/img/, and the model
 * workbook as `samen workbook` writes it, printed to PDF by LibreOffice and its first page (the Overzicht
 * is not first; Begroting is) made a PNG with pdftoppm. test/docs/guide-pictures.test.ts fails when the
 * guide shows a picture that is not there.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const ROOT = join(__dirname, "..", "..");
const IMG = join(ROOT, "docs", "img");

/** Screenshot of this run → name in the guide. */
export const GUIDE_PICTURES: Record<string, string> = {
  "model-laden-leeg.png": "model-laden-leeg.png",
  "model-laden.png": "model-laden.png",
  "model-laden-uit-werkmap.png": "model-laden-uit-werkmap.png",
  "controleren.png": "controleren.png",
  "voorstellen.png": "voorstellen.png",
  "voorstellen-plan.png": "voorstellen-plan.png",
  "voorstellen-begroting.png": "voorstellen-begroting.png",
  "voorstellen-dekking.png": "dekking-zoeken.png",
  "voorstellen-bewaren.png": "plannen-bewaren.png",
  "voorstellen-acties.png": "acties-schrappen.png",
  "evenwicht-technologie-ontbreekt.png": "evenwicht.png",
  "waarom-dit-plan.png": "waarom-dit-plan.png",
  "reservecurve.png": "reservecurve.png",
  "besluitnotitie-gemaakt.png": "besluitnotitie-gemaakt.png",
  "buiten-excel.png": "buiten-excel.png",
  "hoog-contrast-model-laden.png": "hoog-contrast.png",
};

export function guidePicturesTest(results: string): void {
  test("the guide's pictures: screenshots of this run and the model workbook as printed", () => {
    mkdirSync(IMG, { recursive: true });
    for (const [from, to] of Object.entries(GUIDE_PICTURES)) copyFileSync(join(results, from), join(IMG, to));
    const work = mkdtempSync(join(tmpdir(), "samen-guide-"));
    try {
      const workbook = join(work, "samen-model.xlsx");
      execFileSync(process.execPath, [join(ROOT, "bin", "samen.js"), "workbook", workbook], { cwd: ROOT });
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${join(work, "profile")}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          work,
          workbook,
        ],
        { stdio: "ignore" },
      );
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "70",
        "-f",
        "1",
        "-l",
        "1",
        join(work, "samen-model.pdf"),
        join(work, "blad"),
      ]);
      renameSync(join(work, "blad-1.png"), join(IMG, "werkmap-begroting.png"));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
}
