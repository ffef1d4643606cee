/**
 * Starting the pane: the App once Office.js says it runs in Excel; the Dutch page of outside-excel.tsx
 * when Office.js did not load (the script was refused, so `Office` does not exist), when it loaded
 * outside an Office host (onReady answers without a host), or when it gave no answer within
 * OFFICE_WAIT_MS. A late answer from Excel still brings the App.
 */
import { AriaLiveAnnouncer } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { OutsideExcel } from "./outside-excel";
import { officeThemeOf } from "./theme";

/** Office.js answers within a second in Excel; past this the officer should hear why nothing comes. */
export const OFFICE_WAIT_MS = 5_000;

export function startPane(container: Parameters<typeof createRoot>[0], office: typeof Office | undefined): void {
  const root = createRoot(container);
  if (office === undefined) {
    root.render(<OutsideExcel reason="office-not-loaded" />);
    return;
  }
  let answered = false;
  const waiting = window.setTimeout(() => {
    if (!answered) root.render(<OutsideExcel reason="office-not-loaded" />);
  }, OFFICE_WAIT_MS);
  void office.onReady((info) => {
    answered = true;
    window.clearTimeout(waiting);
    // The announcer carries the pane's status changes to screen readers (announce.tsx).
    if (info.host)
      root.render(
        <AriaLiveAnnouncer>
          <App theme={officeThemeOf(office.context)} />
        </AriaLiveAnnouncer>,
      );
    else root.render(<OutsideExcel reason="not-in-excel" />);
  });
}
