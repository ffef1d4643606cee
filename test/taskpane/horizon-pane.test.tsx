/** @jest-environment jsdom */
/**
 * The pane follows the horizon (issue 18): with the letter carried on to 2029 the Voorstellen view has a
 * tile, a column and a start year for each of the six plan years 2024–2029.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { PlanQueries } from "../../src/model/functions/queries";
import { ok } from "../../src/model/result";
import { eurosOf as euros } from "../support/euros";
import { MemoryWorkbook } from "./memory-workbook";
import { renderPane } from "./render-pane";
import { SIX_PLAN_YEARS } from "./six-years";

jest.setTimeout(90_000);

const PLAN_YEARS = [2024, 2025, 2026, 2027, 2028, 2029];

async function openPicker() {
  const workbook = new MemoryWorkbook();
  workbook.plan = ok(new PlanQueries(SIX_PLAN_YEARS));
  renderPane(workbook, "voorstellen");
  await act(async () => {});
}

describe("Voorstellen over six plan years", () => {
  test("meest kansrijk: a room tile per plan year; from 2027 the reserve 1.700.000 less 550.000 structural", async () => {
    await openPicker();
    fireEvent.click(screen.getByRole("button", { name: "Meest kansrijk" }));
    const bar = within(screen.getByRole("group", { name: "Ruimte per jaar" }));
    expect(bar.getAllByRole("term").map((term) => term.textContent)).toEqual(
      PLAN_YEARS.map((year) => `Ruimte ${year}`),
    );
    // The letter's 2024–2026; meest kansrijk's cost after 2024 is its structural € 550.000 (2025: reserve
    // 200.000, room −350.000), so each new year's room is 1.700.000 − 550.000.
    expect(PLAN_YEARS.map((year) => euros(bar.getByTestId(`gap-${year}`).textContent))).toEqual([
      -675_000, -350_000, 500_000, 1_150_000, 1_150_000, 1_150_000,
    ]);
  });

  test("the tables have a column per plan year; the budget after the plan still totals the frame each year", async () => {
    await openPicker();
    fireEvent.click(screen.getByRole("button", { name: "Meest kansrijk" }));
    const table = within(screen.getByRole("region", { name: "Tabel: het plan per jaar" }));
    expect(table.getAllByRole("columnheader").map((cell) => cell.textContent)).toEqual([
      "Bedrag",
      ...PLAN_YEARS.map(String),
    ]);
    for (const year of PLAN_YEARS) {
      expect(euros(screen.getByTestId(`regel-totaal-${year}`).textContent)).toBe(2_000_000);
    }
    expect(euros(screen.getByTestId("regel-h-2029").textContent)).toBe(1_150_000);
    expect(euros(screen.getByTestId("cumulative-2029").textContent)).toBe(-525_000 + 3 * 1_150_000);
  });

  test("a chosen proposal may start in any plan year, 2029 too", async () => {
    await openPicker();
    fireEvent.click(screen.getByRole("checkbox", { name: /^3\. / }));
    const start = screen.getByRole("combobox", { name: "Startjaar van voorstel 3" });
    expect(
      within(start)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(PLAN_YEARS.map(String));
    fireEvent.change(start, { target: { value: "2029" } });
    expect((screen.getByRole("textbox", { name: "Plantekst" }) as HTMLTextAreaElement).value).toBe("3 vanaf 2029");
    // 3 costs € 175.000 once, in its start year: 1.700.000 − 175.000.
    expect(euros(screen.getByTestId("gap-2029").textContent)).toBe(1_525_000);
  });
});
