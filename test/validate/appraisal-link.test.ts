/**
 * Rule appraisal-link over the letter's own figures: Bijlage 1's appraisals of proposals 6 and 13 state
 * € 600.000 reserved for actions 22, 24–29 (Bijlage 2: 10 + 5 + 10 + 10 + 5 + 10 + 10 × € 10.000), and
 * proposal 12's € 50.000 structural for the action it quotes, action 13 (5 × € 10.000 in each of 2024,
 * 2025 and 2026), which it places in action line 3 where Bijlage 2 has it in line 2: the letter's slip.
 */
import ExcelJS from "exceljs";
import { renderLayout } from "../../src/layout";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import type { Plan } from "../../src/model/schema";
import { validateGrid, type Finding } from "../../src/validate";
import { buildWorkbook } from "../../src/xlsx/write-workbook";
import { buildBijlage1 } from "../fixtures/bijlage1";
import { buildBijlage2, cellOf, ONE_SHEET } from "../fixtures/bijlage2";
import { gridOfLayout } from "../fixtures/layout-grid";
import { besidesLetterSlip, findingsOf, LETTER_SLIP } from "../fixtures/validate-workbook";

const linkFindings = (findings: readonly Finding[]) =>
  findings.filter((f) => f.rule === "appraisal-link").map(({ sheet, cell, message }) => ({ sheet, cell, message }));

const validatePlan = (plan: Plan) => linkFindings(validateGrid(gridOfLayout(renderLayout(plan))));

function withAction(number: number, year: 2024 | 2025 | 2026, euros: number): Plan {
  return {
    ...LETTER_PLAN,
    actions: LETTER_PLAN.actions.map((action) =>
      action.numbers.includes(number) ? { ...action, amounts: { ...action.amounts, [year]: euros } } : action,
    ),
  };
}

function withAppraisal(number: number, appraisal: string): Plan {
  return {
    ...LETTER_PLAN,
    proposals: LETTER_PLAN.proposals.map((p) => (p.number === number ? { ...p, appraisal } : p)),
  };
}

/** The add-in's Voorstellen table: header in row 1, proposal n in row n + 1, Toelichting in column E. */
const appraisalCell = (number: number) => ({ sheet: "Voorstellen", cell: `E${number + 1}` });

describe("appraisal-link", () => {
  it("finds the letter's one slip, at proposal 12's appraisal, and nothing else", () => {
    expect(validatePlan(LETTER_PLAN)).toEqual([{ ...appraisalCell(12), message: LETTER_SLIP.message }]);
  });

  it("the written model workbook validates with no error and that one warning", async () => {
    const findings = await findingsOf(buildWorkbook(renderLayout(LETTER_PLAN)));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings).toEqual([{ ...LETTER_SLIP, ...appraisalCell(12) }]);
  });

  it("an edited action gives the warning with both figures, at each appraisal naming it", async () => {
    const workbook = buildWorkbook(renderLayout(LETTER_PLAN));
    // Action 22, Training aandachtsfunctionaris: € 100.000 in 2024 in the letter, now € 150.000.
    const acties = workbook.getWorksheet("Acties")!;
    const row22 = acties.getColumn(1).values.findIndex((value) => value === 22);
    acties.getCell(row22, 5).value = 150_000;
    const findings = linkFindings(besidesLetterSlip(await findingsOf(workbook)));
    const message = (number: number) =>
      `Voorstel ${number}: de appreciatie noemt € 600.000 gereserveerd voor acties 22, 24–29, maar die hebben samen € 650.000 in het plan.`;
    expect(findings).toEqual([
      { ...appraisalCell(6), message: message(6) },
      { ...appraisalCell(13), message: message(13) },
    ]);
  });

  it("compares a structural sum per year: action 13 with € 60.000 in 2025 differs from € 50.000 structureel", () => {
    expect(besidesLetterSlipOf(validatePlan(withAction(13, 2025, 60_000)))).toEqual([
      {
        ...appraisalCell(12),
        message:
          "Voorstel 12: de appreciatie noemt € 50.000 structureel gereserveerd voor actie 13, maar die heeft in 2025 € 60.000 in het plan.",
      },
    ]);
  });

  it("compares a structural sum in every plan year: an action emptied in 2026 differs too", () => {
    expect(besidesLetterSlipOf(validatePlan(withAction(13, 2026, 0)))).toEqual([
      {
        ...appraisalCell(12),
        message:
          "Voorstel 12: de appreciatie noemt € 50.000 structureel gereserveerd voor actie 13, maar die heeft in 2026 € 0 in het plan.",
      },
    ]);
  });

  it("is satisfied when the appraisal names the action line the plan has", () => {
    const fixed = LETTER_PLAN.proposals[11].appraisal.replace("actielijn 3", "actielijn 2");
    expect(validatePlan(withAppraisal(12, fixed))).toEqual([]);
  });

  it("names an action the plan does not have", () => {
    expect(besidesLetterSlipOf(validatePlan(withAppraisal(9, "Sluit aan bij acties 31 t/m 34.")))).toEqual([
      { ...appraisalCell(9), message: "Voorstel 9: de appreciatie noemt acties 33, 34, die niet in het plan staan." },
    ]);
  });

  it("judges an appraisal once, not again at the Idem rows that repeat it", () => {
    const plan = withAppraisal(14, "Sluit aan bij actie 30 van actielijn 4.");
    expect(besidesLetterSlipOf(validatePlan(plan))).toEqual([
      {
        ...appraisalCell(14),
        message: "Voorstel 14: de appreciatie plaatst actie 30 in actielijn 4, het plan in actielijn 5.",
      },
    ]);
  });

  it("reads Bijlage 1 and Bijlage 2 as the letter prints them, in € x10.000", async () => {
    const workbook = new ExcelJS.Workbook();
    const map = buildBijlage2(ONE_SHEET, workbook);
    const bijlage1 = buildBijlage1(workbook, { sheet: "Bijlage 1", row: 3, col: 2 });
    const appraisal = (number: number) => {
      const cost = bijlage1.cost(number);
      return {
        sheet: cost.sheet,
        cell: cost.cell.replace(/^[A-Z]+/, (col) => String.fromCharCode(col.charCodeAt(0) - 1)),
      };
    };
    expect(linkFindings(await findingsOf(workbook))).toEqual([{ ...appraisal(12), message: LETTER_SLIP.message }]);
    cellOf(workbook, map.action("28", 2025)).value = 20;
    expect(linkFindings(besidesLetterSlip(await findingsOf(workbook))).map((f) => f.message)).toEqual([
      "Voorstel 6: de appreciatie noemt € 600.000 gereserveerd voor acties 22, 24–29, maar die hebben samen € 700.000 in het plan.",
      "Voorstel 13: de appreciatie noemt € 600.000 gereserveerd voor acties 22, 24–29, maar die hebben samen € 700.000 in het plan.",
    ]);
  });
});

/** The letter's slip stays in every variant that leaves proposal 12 alone; the rest is what a case plants. */
function besidesLetterSlipOf(found: ReturnType<typeof validatePlan>) {
  const slip = { ...appraisalCell(12), message: LETTER_SLIP.message };
  expect(found).toContainEqual(slip);
  return found.filter((f) => f.message !== LETTER_SLIP.message);
}
