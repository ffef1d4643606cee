/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { OFFICE_WAIT_MS, startPane } from "../../src/taskpane/start";
import "./render-pane";

type ReadyInfo = { host: Office.HostType | null; platform: Office.PlatformType | null };

/** Office.js as far as the start needs it: onReady answering with `info`, or never. */
function officeAnswering(info: ReadyInfo | "never"): typeof Office {
  return {
    onReady(callback?: (answer: ReadyInfo) => void) {
      if (info !== "never") queueMicrotask(() => callback?.(info));
      return new Promise(() => {});
    },
  } as unknown as typeof Office;
}

let container: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = "";
  container = document.body.appendChild(document.createElement("div"));
});

function expectHowToOpenInExcel() {
  expect(screen.getByRole("heading", { name: "Samen werkt in Excel" })).toBeTruthy();
  expect(document.body.textContent).toMatch(/tabblad Start: Invoegtoepassingen > Mijn invoegtoepassingen/);
}

describe("the pane outside Excel", () => {
  test("without Office.js it says at once, in Dutch, that Office.js could not be loaded and how to open Samen", async () => {
    await act(async () => startPane(container, undefined));
    expect(screen.getByRole("alert").textContent).toMatch(/Office\.js.*kon niet worden geladen/);
    expectHowToOpenInExcel();
  });

  test("with Office.js outside an Office host it says Samen works only in Excel", async () => {
    await act(async () => startPane(container, officeAnswering({ host: null, platform: null })));
    expect(document.body.textContent).toMatch(/werkt alleen in Excel/);
    expect(screen.queryByRole("alert")).toBeNull();
    expectHowToOpenInExcel();
  });

  test("when Office.js gives no answer within the wait, it says it could not be loaded", async () => {
    jest.useFakeTimers();
    try {
      await act(async () => startPane(container, officeAnswering("never")));
      expect(screen.queryByRole("alert")).toBeNull();
      await act(async () => jest.advanceTimersByTime(OFFICE_WAIT_MS));
      expect(screen.getByRole("alert").textContent).toMatch(/kon niet worden geladen/);
      expectHowToOpenInExcel();
    } finally {
      jest.useRealTimers();
    }
  });
});
