/**
 * Rule scenario-row, ESLint style: valid and invalid Scenarios tables, each fault planted at one cell
 * and found exactly there. Files go through ExcelJS and the CLI's reader; the five-column tables come
 * from the add-in's ExcelJS writer, the three-column one from the independent fixture.
 */
import { renderLayout } from "../../src/layout";
import { PlanQueries } from "../../src/model/functions/queries";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import type { SavedPlan, SavedPlanPart } from "../../src/model/schema";
import { buildWorkbook } from "../../src/xlsx/write-workbook";
import { buildAddinLayout } from "../fixtures/addin-layout";
import { findingsOf } from "../fixtures/validate-workbook";

const SHEET = "Scenario's";
const plan = (name: string, ...parts: SavedPlanPart[]): SavedPlan => ({ name, parts });
const proposal = (number: number, startYear: number | null = null): SavedPlanPart => ({
  kind: "proposal",
  proposal: number,
  startYear,
});
const cut = (action: number): SavedPlanPart => ({ kind: "cut", action });
const reference = (text: string): SavedPlanPart => ({ kind: "reference", plan: text });

/** Findings on the Scenarios sheet, as rule@cell: message. */
async function scenarioFindings(saved: SavedPlan[]): Promise<string[]> {
  const findings = await findingsOf(buildWorkbook(renderLayout(LETTER_PLAN, saved)));
  return findings.filter((f) => f.sheet === SHEET).map((f) => `${f.rule}@${f.cell}: ${f.message}`);
}

describe("scenario-row", () => {
  test.each([
    ["proposal rows, with and without a start year", [plan("Klein", proposal(3, 2025), proposal(13))]],
    ["cut rows, the shared row by either number", [plan("Schrappen", cut(4), cut(26))]],
    [
      "references to built-in and saved plans",
      [
        plan("Basis", reference("meest kansrijk; zonder 10")),
        plan("Meer", reference("basis; 10 vanaf 2026; schrap 9")),
      ],
    ],
  ])("valid: %s", async (_name, saved) => {
    expect(await scenarioFindings(saved)).toEqual([]);
  });

  test.each([
    [
      "an unknown proposal",
      [plan("Klein", proposal(3), proposal(99))],
      'scenario-row@B3: Scenario "Klein" noemt onbekend voorstel 99.',
    ],
    [
      "a start year outside 2024–2026",
      [plan("Klein", proposal(3, 2023))],
      'scenario-row@C2: Scenario "Klein": startjaar 2023 kan niet; kies 2024, 2025 of 2026.',
    ],
    [
      "an unknown action",
      [plan("Krap", cut(26), cut(40))],
      'scenario-row@D3: Scenario "Krap" schrapt onbekende actie 40.',
    ],
    [
      "a plan that does not read",
      [plan("Krap", proposal(3), reference("kansrijk; schrap 33"))],
      'scenario-row@E3: Scenario "Krap", plan "kansrijk; schrap 33": Onbekende actie 33 in "schrap 33": er zijn acties 1 tot en met 32.',
    ],
    [
      "a plan naming itself",
      [plan("Zelf", reference("3; zelf"))],
      'scenario-row@E2: Scenario "Zelf", plan "3; zelf": Scenario "Zelf" noemt zichzelf.',
    ],
  ])("invalid: %s, at its cell", async (_name, saved, finding) => {
    expect(await scenarioFindings(saved)).toEqual([finding]);
  });

  test("a row with both a proposal and an action is an error at the second, a letter in Schrap is not-a-number's", async () => {
    const workbook = buildWorkbook(renderLayout(LETTER_PLAN, [plan("Klein", proposal(3), cut(26))]));
    const sheet = workbook.getWorksheet(SHEET)!;
    sheet.getCell("D2").value = 9;
    sheet.getCell("D3").value = "negen";
    const findings = (await findingsOf(workbook)).filter((f) => f.sheet === SHEET);
    expect(findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["scenario-row@D2", "not-a-number@D3"]);
    expect(findings[0].severity).toBe("error");
  });

  test("the older three-column table: a planted start year at its cell, the clean fixture clean", async () => {
    expect((await findingsOf(buildAddinLayout())).filter((f) => f.sheet === SHEET)).toEqual([]);
    const workbook = buildAddinLayout();
    workbook.getWorksheet(SHEET)!.getCell("C4").value = 2030;
    const findings = (await findingsOf(workbook)).filter((f) => f.sheet === SHEET);
    expect(findings).toEqual([
      {
        rule: "scenario-row",
        severity: "error",
        sheet: SHEET,
        cell: "C4",
        message: 'Scenario "Opvang": startjaar 2030 kan niet; kies 2024, 2025 of 2026.',
      },
    ]);
  });

  test("a scenario whose rows each read but whose whole is past the plan-text limit is named at its first row", async () => {
    // 1 000 rows "schrap 26", joined by "; " as the functions join them: 1 000 × 9 + 999 × 2 = 10 998
    // characters, past the 10 000 a plan may have; every function on it answers #VALUE!.
    const rows = Array.from({ length: 1_000 }, () => cut(26));
    const saved = [plan("Lang", ...rows)];
    expect(new PlanQueries(LETTER_PLAN, saved).resolvePlan("Lang").ok).toBe(false);
    expect(await scenarioFindings(saved)).toEqual([
      'scenario-row@A2: Scenario "Lang": Een plan heeft hoogstens 10000 tekens; deze tekst heeft er 10998. (de rijen van het scenario samen, zoals de functies ze lezen)',
    ]);
    expect(await scenarioFindings([plan("Kort", ...rows.slice(0, 900))])).toEqual([]);
  });
});
