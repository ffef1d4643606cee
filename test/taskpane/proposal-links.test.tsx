/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { PlanLinks } from "../../src/model/links/plan-links";
import { LinkNotes, ProposalBuildsOn } from "../../src/taskpane/picker/proposal-links";
// Its ResizeObserver stand-in, which Fluent's MessageBar needs in jsdom.
import "./render-pane";

const links = new PlanLinks(LETTER_PLAN);
const renderInTheme = (node: ReactNode) => render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

describe("ProposalBuildsOn", () => {
  it("shows what proposal 6 builds on, as Bijlage 1's appraisal says", () => {
    renderInTheme(<ProposalBuildsOn links={links.of(6)} id="voorstel-6-aansluiting" />);
    const line = screen.getByText("Sluit aan bij acties 22, 24–29: € 600.000 al in het plan");
    expect(line.id).toBe("voorstel-6-aansluiting");
  });

  it("shows a structural reservation per year (proposal 12)", () => {
    renderInTheme(<ProposalBuildsOn links={links.of(12)} />);
    expect(screen.getByText("Sluit aan bij actie 13: € 50.000 per jaar al in het plan")).toBeTruthy();
  });

  it("shows nothing for a proposal that names nothing of the plan, or no links at all", () => {
    const { container } = renderInTheme(
      <>
        <ProposalBuildsOn links={links.of(1)} />
        <ProposalBuildsOn links={undefined} />
      </>,
    );
    expect(container.textContent).toBe("");
  });
});

describe("LinkNotes", () => {
  it("lists each note of a choice as a warning", () => {
    renderInTheme(<LinkNotes notes={links.notes({ proposals: [24, 23, 6], cuts: [22] })} />);
    const list = screen.getByRole("list", { name: "Samenhang met het actieplan" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "Voorstel 24 sluit aan bij voorstel 23, dat ook gekozen is: kijk of ze niet dubbel worden gefinancierd.",
      "Voorstel 6 sluit aan bij actie 22, die het plan schrapt.",
    ]);
  });

  it("shows nothing without notes", () => {
    renderInTheme(<LinkNotes notes={[]} />);
    expect(screen.queryByRole("list")).toBeNull();
  });
});
