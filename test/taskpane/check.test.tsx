/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import { buildBijlage2, cellOf, ONE_SHEET } from "../fixtures/bijlage2";
import { findingsOf } from "../fixtures/validate-workbook";
import { MemoryWorkbook } from "./memory-workbook";
import { renderPane } from "./render-pane";

/** Bijlage 2 with line a of 2024 typed as 0,35 instead of 0,3: the year no longer adds up to its total. */
async function workbookWithPlantedFault() {
  const book = new ExcelJS.Workbook();
  const map = buildBijlage2(ONE_SHEET, book);
  cellOf(book, map.summaryLine("a", 2024)).value = 0.35;
  const workbook = new MemoryWorkbook();
  workbook.findings = await findingsOf(book);
  return { workbook, total2024: map.summaryTotal(2024) };
}

async function runCheck(label: string) {
  fireEvent.click(screen.getByRole("button", { name: label }));
  await act(async () => {});
}

describe("Controleren", () => {
  test("lists the planted fault under Fouten and its sheet, and selecting it selects its cell", async () => {
    const { workbook, total2024 } = await workbookWithPlantedFault();
    renderPane(workbook, "controleren");
    await runCheck("Controleer de werkmap");
    const errors = screen.getByRole("region", { name: "Fouten" });
    expect(within(errors).getByRole("heading", { name: `Blad ${total2024.sheet}` })).toBeTruthy();
    const finding = within(errors)
      .getAllByRole("button")
      .find((button) => button.textContent!.startsWith(`${total2024.cell}:`));
    expect(finding?.textContent).toMatch(/2024/);
    fireEvent.click(finding!);
    await act(async () => {});
    expect(workbook.selections).toEqual([`${total2024.sheet}!${total2024.cell}`]);
  });

  test("the header counts findings per severity", async () => {
    const workbook = new MemoryWorkbook();
    const finding = { rule: "r", sheet: "Begroting", message: "Dutch" };
    workbook.findings = [
      { ...finding, severity: "error", cell: "C5" },
      { ...finding, severity: "error", cell: "C6" },
      { ...finding, severity: "warning", cell: "C7" },
    ];
    renderPane(workbook, "controleren");
    await runCheck("Controleer de werkmap");
    const counts = screen.getByRole("group", { name: "Aantallen bevindingen" });
    expect(counts.textContent).toBe("Fouten: 2Waarschuwingen: 1Meldingen: 0");
  });

  test("a re-run after edits reads the workbook again", async () => {
    const { workbook } = await workbookWithPlantedFault();
    renderPane(workbook, "controleren");
    await runCheck("Controleer de werkmap");
    expect(screen.getByRole("region", { name: "Fouten" })).toBeTruthy();
    workbook.findings = [];
    await runCheck("Opnieuw controleren");
    expect(workbook.checks).toBe(2);
    expect(screen.queryByRole("region", { name: "Fouten" })).toBeNull();
    expect(screen.getByText("Geen bevindingen: de werkmap is in orde.")).toBeTruthy();
  });
});
