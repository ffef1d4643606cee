/** @jest-environment jsdom */
/**
 * The Besluitnotitie of the plan the officer is making (not only of a search's answer): written to the
 * workbook from Plannen in de werkmap. Figures worked out by hand from the letter (docs/contracts/plans.md, Bijlage 2):
 * meest kansrijk has room 2024 −675.000, 2025 −350.000, 2026 500.000; action 9 frees € 300.000 in 2025.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { SheetLayout } from "../../src/layout/types";
import { MemoryWorkbook } from "./memory-workbook";
import { renderPane } from "./render-pane";

jest.setTimeout(90_000);

const MEEST_KANSRIJK = "1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 20, 21, 22, 23, 24, 25, 26, 27";

/** The note's cells by address. */
const cellsOf = (sheet: SheetLayout) => new Map(sheet.cells.map((cell) => [cell.address, cell.value]));

/** The row whose column A shows `label`, as the values of columns A–F. */
function rowOf(sheet: SheetLayout, label: string): unknown[] {
  const cells = cellsOf(sheet);
  const found = sheet.cells.find((cell) => /^A\d+$/.test(cell.address) && String(cell.value) === label);
  if (!found) throw new Error(`no row "${label}"`);
  const row = found.address.slice(1);
  return ["A", "B", "C", "D", "E", "F"].map((column) => cells.get(`${column}${row}`) ?? null);
}

const noteGroup = () => within(screen.getByRole("group", { name: "Besluitnotitie van dit plan" }));

test("Besluitnotitie maken writes the plan being made, with its room per plan year, and starts over when the plan changes", async () => {
  const workbook = new MemoryWorkbook();
  renderPane(workbook, "voorstellen");
  await act(async () => {});
  expect(screen.queryByRole("group", { name: "Besluitnotitie van dit plan" })).toBeNull();

  fireEvent.click(screen.getByRole("button", { name: "Meest kansrijk" }));
  const actions = within(screen.getByRole("region", { name: "Huidige acties schrappen (Bijlage 2)" }));
  fireEvent.click(actions.getByRole("checkbox", { name: /^Schrap 9\. / }));
  fireEvent.click(noteGroup().getByRole("button", { name: "Besluitnotitie maken" }));
  await screen.findByText(`Blad Besluitnotitie gemaakt voor het plan ${MEEST_KANSRIJK}; schrap 9.`);

  expect(workbook.notities).toHaveLength(1);
  const { sheet, replace } = workbook.notities[0];
  expect(replace).toBe(false);
  expect(rowOf(sheet, "Plan")[1]).toBe(`${MEEST_KANSRIJK}; schrap 9`);
  expect([2024, 2025, 2026].map((year) => rowOf(sheet, String(year))[4])).toEqual([-675_000, -50_000, 500_000]);
  expect(sheet.cells.map((cell) => cell.value)).toContain("Niet gezocht: het plan is zo gekozen.");

  // Another plan: the message about the first note goes, and the next note is of the new plan.
  fireEvent.click(actions.getByRole("checkbox", { name: /^Schrap 26\. / }));
  expect(screen.queryByText(/^Blad Besluitnotitie gemaakt/)).toBeNull();
  fireEvent.click(noteGroup().getByRole("button", { name: "Besluitnotitie maken" }));
  const ask = await noteGroup().findByRole("alert");
  fireEvent.click(within(ask).getByRole("button", { name: "Vervangen" }));
  await screen.findByText(`Blad Besluitnotitie gemaakt voor het plan ${MEEST_KANSRIJK}; schrap 9, 26.`);
  expect(workbook.notities).toHaveLength(2);
  expect(workbook.notities[1].replace).toBe(true);
  expect(rowOf(workbook.notities[1].sheet, "2026")[4]).toBe(600_000);
});
