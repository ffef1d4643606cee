/** Renders the task pane on one view with a workbook of the test's choosing. */
import { webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { App, type ViewId } from "../../src/taskpane/app";
import type { PaneWorkbook } from "../../src/taskpane/workbook";

/** jsdom has no layout: Fluent's MessageBar observes its size, so give it an observer that never fires. */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver;

export function renderPane(workbook: PaneWorkbook, view: ViewId) {
  return render(<App theme={webLightTheme} workbook={workbook} initialView={view} />);
}
