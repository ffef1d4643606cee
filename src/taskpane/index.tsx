/**
 * The task pane's entry. Every view talks to the workbook, so the App renders only once Office.js is
 * ready in Excel; anywhere else the page says in Dutch where Samen runs (start.tsx).
 */
import { startPane } from "./start";

const container = document.getElementById("root");
if (container) startPane(container, typeof Office === "undefined" ? undefined : Office);
