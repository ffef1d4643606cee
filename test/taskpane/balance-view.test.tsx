/** @jest-environment jsdom */
/**
 * Evenwicht on the letter, figures by hand (docs/contracts/plans.md, requirements.md, Bijlage 1):
 * meest kansrijk costs € 1.175.000 in 2024 and € 550.000 in 2025 and 2026, and each proposal has one
 * theme, so the theme rows add up to that; proposal 10 is the only one on Technologie, € 300.000
 * structural; no proposal of meest kansrijk names arbeidsuitbuiting; kiezen drops 3, 7 and 10.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { PlanQueries } from "../../src/model/functions/queries";
import { BalanceView } from "../../src/taskpane/picker/balance-view";
import { eurosOf as euros } from "../support/euros";

const queries = new PlanQueries(LETTER_PLAN);

function show(text: string) {
  const plan = queries.resolvePlan(text);
  if (!plan.ok) throw new Error(plan.message);
  render(
    <FluentProvider theme={webLightTheme}>
      <BalanceView queries={queries} plan={plan.value} estimate="laag" />
    </FluentProvider>,
  );
}

/** Each row of a table: its name and the amounts per year, or the sentence of a missing group. */
function rowsOf(label: string): { name: string; proposals?: string; amounts?: number[] }[] {
  const table = screen.getByRole("table", { name: label });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => {
      const cells = [...row.querySelectorAll("th, td")];
      if (cells.length === 1) return { name: cells[0].textContent! };
      return {
        name: cells[0].textContent!,
        proposals: cells[1].textContent!,
        amounts: cells.slice(2).map((cell) => euros(cell.textContent)),
      };
    });
}

test("meest kansrijk: the themes add up to the plan's cost each year; Technologie is 10; no proposal on arbeidsuitbuiting", () => {
  show("meest kansrijk");
  const themes = rowsOf("Thema").filter((row) => row.amounts);
  const perYear = [0, 1, 2].map((i) => themes.reduce((sum, row) => sum + row.amounts![i], 0));
  expect(perYear).toEqual([1_175_000, 550_000, 550_000]);
  expect(themes.find((row) => row.name === "Technologie")).toEqual({
    name: "Technologie",
    proposals: "10",
    amounts: [300_000, 300_000, 300_000],
  });
  expect(rowsOf("Vorm").map((row) => row.name)).toContain("arbeidsuitbuiting: geen voorstel in dit plan");
});

test("kiezen's answer, without 3, 7 and 10: Technologie has no proposal, in words", () => {
  show("1, 2, 6, 8, 9, 11, 12, 13, 20, 21, 22, 23, 24, 25, 26, 27");
  expect(rowsOf("Thema").map((row) => row.name)).toContain("Technologie: geen voorstel in dit plan");
});
