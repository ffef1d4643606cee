/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { MemoryWorkbook } from "./memory-workbook";
import { renderPane } from "./render-pane";

async function openLoad(workbook: MemoryWorkbook) {
  renderPane(workbook, "laden");
  await act(async () => {});
}

describe("Model laden", () => {
  test("an empty workbook: shows what is missing, loads without asking, shows progress and the summary", async () => {
    const workbook = new MemoryWorkbook();
    workbook.preview = {
      parts: [
        { name: "Begroting", state: "missing", detail: "", differences: [] },
        { name: "Scenario's", state: "missing", detail: "", differences: [] },
      ],
    };
    workbook.summary = {
      lines: ["Aangemaakt: Begroting, Acties, Voorstellen, Scenario's, Overzicht."],
      created: ["Begroting", "Acties", "Voorstellen", "Scenario's", "Overzicht"],
      updated: [],
      leftAlone: [],
    };
    let release = () => {};
    workbook.holdLoad = new Promise((resolve) => (release = resolve));
    await openLoad(workbook);
    expect(screen.getAllByText("ontbreekt")).toHaveLength(2);
    expect(screen.queryByRole("checkbox")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Model laden" }));
    await act(async () => {});
    expect(screen.getByRole("progressbar", { name: "Het model wordt geladen" })).toBeTruthy();
    await act(async () => release());
    expect(screen.queryByRole("progressbar", { name: "Het model wordt geladen" })).toBeNull();
    const done = within(screen.getByRole("list", { name: "Wat er is gebeurd" }));
    expect(done.getByText("Aangemaakt: Begroting, Acties, Voorstellen, Scenario's, Overzicht.")).toBeTruthy();
    expect(workbook.loads).toEqual([{ overwriteEdits: false }]);
    expect(workbook.refreshes).toBe(1);
  });

  test("edited tables are left alone unless the officer consents to overwrite them", async () => {
    const workbook = new MemoryWorkbook();
    workbook.preview = {
      parts: [
        {
          name: "Begroting",
          state: "edited",
          detail: "1 cel wijkt af van de brief",
          differences: ["Begroting, regel h, 2024: in de werkmap € 600.000, in de brief € 500.000"],
        },
        { name: "Acties", state: "same", detail: "", differences: [] },
      ],
    };
    await openLoad(workbook);
    expect(screen.getByText("1 cel wijkt af van de brief")).toBeTruthy();
    const changes = screen.getByRole("list", { name: "Wijzigingen in Begroting" });
    expect(changes.textContent).toBe("Begroting, regel h, 2024: in de werkmap € 600.000, in de brief € 500.000");
    expect(screen.getByText("Laden voegt toe wat ontbreekt en laat de gewijzigde tabellen staan.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Model bijwerken" }));
    await act(async () => {});
    const consent = screen.getByRole("checkbox", {
      name: "Overschrijf mijn wijzigingen in Begroting met de cijfers uit de brief",
    });
    fireEvent.click(consent);
    fireEvent.click(screen.getByRole("button", { name: "Model bijwerken" }));
    await act(async () => {});
    expect(workbook.loads).toEqual([{ overwriteEdits: false }, { overwriteEdits: true }]);
    expect((consent as HTMLInputElement).checked).toBe(false);
  });

  test("a refusal of the workbook is shown in Dutch", async () => {
    const workbook = new MemoryWorkbook();
    workbook.loadModel = async () => ({ ok: false, kind: "value", message: "Excel kon de opdracht niet uitvoeren." });
    await openLoad(workbook);
    fireEvent.click(screen.getByRole("button", { name: "Model laden" }));
    await act(async () => {});
    expect(screen.getByRole("alert").textContent).toContain("Excel kon de opdracht niet uitvoeren.");
  });

  test("without a copy of Bijlage 2 the letter is the only source: no choice is offered", async () => {
    const workbook = new MemoryWorkbook();
    await openLoad(workbook);
    expect(screen.queryByRole("radiogroup")).toBeNull();
    expect(workbook.previews).toEqual([undefined]);
  });

  test("with a copy of Bijlage 2 the officer chooses Uit deze werkmap, and the preview and load follow it", async () => {
    const workbook = new MemoryWorkbook();
    workbook.copy = { kind: "model", description: "2023–2028, 9 regels, 34 acties; de voorstellen uit de brief" };
    workbook.preview = {
      parts: [
        {
          name: "Begroting",
          state: "edited",
          detail: "1 cel wijkt af van de brief",
          differences: ['Begroting, regel i, Omschrijving: in de werkmap "x", in de brief "y"'],
        },
      ],
    };
    await openLoad(workbook);
    const choice = screen.getByRole("radiogroup");
    const letter = within(choice).getByRole("radio", { name: "Uit de brief (2 februari 2024)" });
    expect((letter as HTMLInputElement).checked).toBe(true);
    fireEvent.click(
      within(choice).getByRole("radio", {
        name: "Uit deze werkmap: de kopie van Bijlage 2 (2023–2028, 9 regels, 34 acties; de voorstellen uit de brief)",
      }),
    );
    await act(async () => {});
    expect(workbook.previews).toEqual([undefined, "werkmap"]);
    fireEvent.click(
      screen.getByRole("checkbox", {
        name: "Overschrijf mijn wijzigingen in Begroting met de cijfers uit de kopie van Bijlage 2",
      }),
    );
    fireEvent.click(screen.getByRole("button", { name: "Model bijwerken" }));
    await act(async () => {});
    expect(workbook.loads).toEqual([{ overwriteEdits: true, source: "werkmap" }]);
  });

  test("a copy with errors is offered but not loaded: its findings are listed cell by cell", async () => {
    const workbook = new MemoryWorkbook();
    const finding = 'Bijlage 2!G70: De waarde "2O" is geen getal. (not-a-number)';
    workbook.copy = { kind: "refused", lines: [finding] };
    await openLoad(workbook);
    fireEvent.click(screen.getByRole("radio", { name: "Uit deze werkmap: de kopie van Bijlage 2" }));
    await act(async () => {});
    const list = screen.getByRole("list", { name: "Fouten in de kopie van Bijlage 2" });
    expect(list.textContent).toBe(finding);
    expect((screen.getByRole("button", { name: "Model laden" }) as HTMLButtonElement).disabled).toBe(true);
    expect(workbook.previews).toEqual([undefined]);
    fireEvent.click(screen.getByRole("radio", { name: "Uit de brief (2 februari 2024)" }));
    await act(async () => {});
    expect(screen.queryByRole("list", { name: "Fouten in de kopie van Bijlage 2" })).toBeNull();
    expect(workbook.previews).toEqual([undefined, undefined]);
  });
});
