/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { LETTER_PLAN } from "../../src/model/plan";
import { PlanQueries } from "../../src/model/queries";
import { notAvailable, ok } from "../../src/model/result";
import { MemoryWorkbook } from "./memory-workbook";
import { renderPane } from "./render-pane";
import { proposalRows } from "../support/saved-plan";

const gap = (year: number) => screen.getByTestId(`gap-${year}`).textContent;
const checkbox = (number: number) => screen.getByRole("checkbox", { name: new RegExp(`^${number}\\. `) });
const checked = (element: HTMLElement) => (element as HTMLInputElement).checked;
const totalsRow = (label: string) =>
  within(screen.getByRole("table", { name: /Totalen van de keuze/ }))
    .getByRole("rowheader", { name: label })
    .closest("tr")!;

async function openPicker(workbook = new MemoryWorkbook()) {
  renderPane(workbook, "voorstellen");
  await act(async () => {});
  return workbook;
}

// Fluent UI renders 33 checkboxes per change in jsdom: slow on a busy CI machine, not a measure of speed.
jest.setTimeout(20_000);

describe("Voorstellen (proposal picker)", () => {
  test("shows the 33 proposals grouped under the themes of Bijlage 1", async () => {
    await openPicker();
    expect(screen.getAllByRole("checkbox")).toHaveLength(33);
    const theme = screen.getByRole("group", { name: "Klantaanpak" });
    expect(within(theme).getAllByRole("checkbox")).toHaveLength(5);
    expect(within(screen.getByRole("group", { name: "Daderaanpak" })).getAllByRole("checkbox")).toHaveLength(2);
  });

  test("meest kansrijk leaves a 2024 gap of € -675.000 and € -350.000 in 2025", async () => {
    await openPicker();
    fireEvent.click(screen.getByRole("button", { name: "Meest kansrijk" }));
    expect(gap(2024)).toBe("€ -675.000");
    expect(gap(2025)).toBe("€ -350.000");
    expect(screen.getByRole("status", { name: "" }).textContent).toContain("€ -675.000");
    expect(checked(checkbox(3))).toBe(true);
    expect(checked(checkbox(4))).toBe(false);
  });

  test("one proposal: its incidental cost falls in the start year only", async () => {
    await openPicker();
    fireEvent.click(checkbox(13));
    const incidental = totalsRow("Incidenteel");
    expect(within(incidental).getAllByRole("cell").map((cell) => cell.textContent)).toEqual([
      "€ 100.000",
      "€ 0",
      "€ 0",
    ]);
    expect(gap(2024)).toBe("€ 350.000");
    fireEvent.change(screen.getByRole("combobox", { name: "Startjaar" }), { target: { value: "2025" } });
    expect(gap(2024)).toBe("€ 500.000");
    expect(gap(2025)).toBe("€ 50.000");
  });

  test("the high estimate takes the upper end of a range", async () => {
    await openPicker();
    fireEvent.click(checkbox(5));
    expect(within(totalsRow("Kosten")).getAllByRole("cell")[0].textContent).toBe("€ 125.000");
    fireEvent.click(screen.getByRole("radio", { name: "Hoog" }));
    expect(within(totalsRow("Kosten")).getAllByRole("cell")[0].textContent).toBe("€ 1.000.000");
  });

  test("chosen proposals without an estimate are listed, not counted as zero silently", async () => {
    await openPicker();
    expect(screen.queryByRole("list", { name: "Gekozen voorstellen zonder raming" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Meest kansrijk" }));
    const list = screen.getByRole("list", { name: "Gekozen voorstellen zonder raming" });
    const numbers = within(list)
      .getAllByRole("listitem")
      .map((item) => Number(item.textContent!.split(".")[0]));
    expect(numbers).toEqual([6, 25, 26]);
  });

  test("the priority filter and the search narrow the list, the selection stays", async () => {
    await openPicker();
    fireEvent.click(checkbox(3));
    fireEvent.click(screen.getByRole("radio", { name: "Kansrijk" }));
    expect(screen.getAllByRole("checkbox")).toHaveLength(14);
    expect(screen.queryByRole("checkbox", { name: /^3\. / })).toBeNull();
    expect(gap(2024)).toBe("€ 325.000");
    fireEvent.click(screen.getByRole("radio", { name: "Alle" }));
    fireEvent.change(screen.getByRole("searchbox", { name: "Zoeken" }), { target: { value: "field lab" } });
    expect(screen.getAllByRole("checkbox").map((box) => box.getAttribute("aria-describedby"))).toEqual([
      "voorstel-3-kosten",
    ]);
    fireEvent.change(screen.getByRole("searchbox", { name: "Zoeken" }), { target: { value: "geen treffer xyz" } });
    expect(screen.getByText("Geen voorstellen gevonden.")).toBeTruthy();
  });

  test("saves the selection as a named scenario with its start year, and opens it again", async () => {
    const workbook = await openPicker();
    fireEvent.click(checkbox(3));
    fireEvent.click(checkbox(13));
    fireEvent.change(screen.getByRole("combobox", { name: "Startjaar" }), { target: { value: "2025" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Naam van het scenario" }), { target: { value: "Klein" } });
    fireEvent.click(screen.getByRole("button", { name: "Bewaar als scenario" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Openen: scenario Klein" })).toBeTruthy());
    expect(workbook.scenarios).toEqual([proposalRows("Klein", [3, 13], 2025)]);
    expect(workbook.refreshes).toBe(1);

    fireEvent.click(screen.getByRole("button", { name: "Niets" }));
    fireEvent.change(screen.getByRole("combobox", { name: "Startjaar" }), { target: { value: "2024" } });
    expect(checked(checkbox(3))).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Openen: scenario Klein" }));
    expect(checked(checkbox(3))).toBe(true);
    expect(checked(checkbox(13))).toBe(true);
    expect((screen.getByRole("combobox", { name: "Startjaar" }) as HTMLSelectElement).value).toBe("2025");
  });

  test("renames a saved scenario, and deletes it only after the second click", async () => {
    const workbook = new MemoryWorkbook();
    workbook.scenarios = [proposalRows("Klein", [3, 13], 2024)];
    await openPicker(workbook);
    fireEvent.click(screen.getByRole("button", { name: "Hernoemen: scenario Klein" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Nieuwe naam voor Klein" }), { target: { value: "Groot" } });
    fireEvent.click(screen.getByRole("button", { name: "Naam opslaan" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Openen: scenario Groot" })).toBeTruthy());
    expect(workbook.scenarios.map((scenario) => scenario.name)).toEqual(["Groot"]);

    fireEvent.click(screen.getByRole("button", { name: "Verwijderen: scenario Groot" }));
    expect(workbook.scenarios).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Ja, verwijder Groot" }));
    await waitFor(() => expect(screen.getByText("Er zijn nog geen scenario's bewaard.")).toBeTruthy());
    expect(workbook.scenarios).toEqual([]);
  });

  test("a workbook that refuses the save shows its Dutch message", async () => {
    const workbook = new MemoryWorkbook();
    workbook.saveScenario = async () => ({ ok: false, kind: "value", message: "De tabel Scenarios ontbreekt." });
    await openPicker(workbook);
    fireEvent.click(checkbox(3));
    fireEvent.change(screen.getByRole("textbox", { name: "Naam van het scenario" }), { target: { value: "X" } });
    fireEvent.click(screen.getByRole("button", { name: "Bewaar als scenario" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("De tabel Scenarios ontbreekt."));
  });

  test("costs the plan the workbook holds: an officer's edit of the 2024 reserve moves the gap", async () => {
    const workbook = new MemoryWorkbook();
    const budgetLines = LETTER_PLAN.budgetLines.map((line) =>
      line.id === "h" ? { ...line, amounts: { ...line.amounts, 2024: 600_000 } } : line,
    );
    workbook.plan = ok(new PlanQueries({ ...LETTER_PLAN, budgetLines }));
    await openPicker(workbook);
    fireEvent.click(screen.getByRole("button", { name: "Meest kansrijk" }));
    expect(gap(2024)).toBe("€ -575.000");
  });

  test("a model the workbook cannot give says why instead of showing figures", async () => {
    const workbook = new MemoryWorkbook();
    workbook.plan = notAvailable("De tabel Voorstellen mist de kolom Kosten.");
    await openPicker(workbook);
    expect(screen.getByRole("alert").textContent).toContain("De tabel Voorstellen mist de kolom Kosten.");
    expect(screen.queryAllByRole("checkbox")).toHaveLength(0);
  });
});
