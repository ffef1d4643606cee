/** @jest-environment jsdom */
/**
 * The Voorstellen view as a workplace (issue 22, item 4): themes and action lines fold, long texts are
 * shortened with the whole text one click away, the room per year stays in one bar, the notes in one box.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { eurosOf as euros } from "../support/euros";
import { MemoryWorkbook } from "./memory-workbook";
import { renderPane } from "./render-pane";

jest.setTimeout(90_000);

async function openPicker() {
  renderPane(new MemoryWorkbook(), "voorstellen");
  await act(async () => {});
}

const foldOf = (name: RegExp) => screen.getByText(name, { selector: "summary" }).closest("details")!;

describe("Voorstellen as a workplace", () => {
  test("themes and action lines start folded, and one button opens them all", async () => {
    await openPicker();
    expect(foldOf(/^Klantaanpak/).open).toBe(false);
    expect(foldOf(/^Actielijn 1\./).open).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Alle thema's openen" }));
    const themes = [...new Set(LETTER_PLAN.proposals.map((proposal) => proposal.theme))];
    for (const theme of themes) expect(foldOf(new RegExp(`^${theme}`)).open).toBe(true);
    expect(foldOf(/^Actielijn 1\./).open).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Alle thema's sluiten" }));
    expect(foldOf(/^Klantaanpak/).open).toBe(false);
  });

  test("a theme's fold says how many proposals it holds and how many are chosen", async () => {
    await openPicker();
    // Bijlage 1: five proposals on Klantaanpak, 1 to 5; of them 1, 2 and 3 are "meest kansrijk".
    expect(screen.getByText(/^Klantaanpak/, { selector: "summary" }).textContent).toBe("Klantaanpak · 5, 0 gekozen");
    fireEvent.click(screen.getByRole("button", { name: "Meest kansrijk" }));
    expect(screen.getByText(/^Klantaanpak/, { selector: "summary" }).textContent).toBe("Klantaanpak · 5, 3 gekozen");
  });

  test("a search opens the themes it finds in", async () => {
    await openPicker();
    fireEvent.change(screen.getByRole("searchbox", { name: "Zoeken" }), { target: { value: "field lab" } });
    expect(foldOf(/^Klantaanpak/).open).toBe(true);
  });

  test("proposal 2's paragraph is shortened in its label, the whole text one click away", async () => {
    await openPicker();
    const whole = LETTER_PLAN.proposals.find((proposal) => proposal.number === 2)!.text;
    const box = screen.getByRole("checkbox", { name: /^2\. / });
    const label = document.querySelector(`label[for="${box.id}"]`)!.textContent!;
    expect(label.startsWith("2. Landelijke actiedagen politie en OM aanpak klanten")).toBe(true);
    expect(label.endsWith(" …")).toBe(true);
    expect(label.length).toBeLessThanOrEqual("2. ".length + 90 + " …".length);
    const show = screen.getByRole("button", { name: "Toon de hele tekst van voorstel 2" });
    expect(show.getAttribute("aria-expanded")).toBe("false");
    const text = document.getElementById(show.getAttribute("aria-controls")!)!;
    expect(text.hidden).toBe(true);
    fireEvent.click(show);
    expect(text.hidden).toBe(false);
    expect(text.textContent).toBe(whole);
    // Proposal 3's text is short: no button.
    expect(screen.queryByRole("button", { name: "Toon de hele tekst van voorstel 3" })).toBeNull();
  });

  test("the room bar holds each plan year's room; the notes are one box", async () => {
    await openPicker();
    fireEvent.click(screen.getByRole("button", { name: "Meest kansrijk" }));
    const bar = within(screen.getByRole("group", { name: "Ruimte per jaar" }));
    // The letter's meest kansrijk: 2024 −675.000, 2025 −350.000, 2026 500.000.
    expect([2024, 2025, 2026].map((year) => euros(bar.getByTestId(`gap-${year}`).textContent))).toEqual([
      -675_000, -350_000, 500_000,
    ]);
    const titles = screen.getAllByText(/^Let op \(/);
    expect(titles).toHaveLength(1);
    const box = within(titles[0].closest("[role=group], .fui-MessageBar") as HTMLElement);
    // 6, 25 and 26 have no estimate; the rest of the box are the notes on how the choice hangs together.
    const unestimated = box.getByRole("list", { name: "Gekozen voorstellen zonder raming" });
    expect(within(unestimated).getAllByRole("listitem")).toHaveLength(3);
    const items = box.getAllByRole("listitem").length;
    expect(box.getByRole("list", { name: "Samenhang met het actieplan" })).toBeTruthy();
    expect(titles[0].textContent).toBe(`Let op (${items})`);
  });
});
