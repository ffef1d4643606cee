/**
 * The task pane's entry. It renders only once Office.js is ready, because every view talks to the
 * workbook; the theme follows the Office host where it gives one.
 */
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { officeThemeOf } from "./theme";

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(<App theme={officeThemeOf(Office.context)} />);
});
