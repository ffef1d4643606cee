/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { invalid, ok } from "../../src/model/result";
import { MemoryWorkbook } from "./memory-workbook";
import { renderPane } from "./render-pane";

const shareRegion = () => within(screen.getByRole("region", { name: "Deelbare kopie" }));

async function clickShare() {
  fireEvent.click(screen.getByRole("button", { name: "Deelbare kopie" }));
  await act(async () => {});
}

describe("Deelbare kopie in the pane", () => {
  test("makes the copy and says how many SAMEN formulas became values", async () => {
    const workbook = new MemoryWorkbook();
    workbook.shareResult = ok({ replaced: 7 });
    renderPane(workbook, "laden");
    await clickShare();
    expect(workbook.shares).toBe(1);
    expect(shareRegion().getByRole("status").textContent).toMatch(
      /geopend als nieuwe werkmap: 7 SAMEN-formules zijn vervangen door hun waarden/,
    );
  });

  test("says why no copy came", async () => {
    const workbook = new MemoryWorkbook();
    workbook.shareResult = invalid("Deze SAMEN-formules hebben in het bestand geen berekende waarde: Overzicht!B1.");
    renderPane(workbook, "laden");
    await clickShare();
    expect(shareRegion().getByRole("alert").textContent).toMatch(/^Geen kopie: Deze SAMEN-formules .*Overzicht!B1/);
  });

  test("shows the outcome of the ribbon's button too", async () => {
    const workbook = new MemoryWorkbook();
    renderPane(workbook, "voorstellen");
    await act(async () => workbook.shareOutcome.update({ state: "done", result: ok({ replaced: 1 }) }));
    expect(shareRegion().getByRole("status").textContent).toMatch(/1 SAMEN-formule is vervangen door haar waarde/);
  });
});
