// The office-addins recommended rules (no sync in loops, load before read, …) plus what Samen adds:
// no eval of any kind and no raw HTML in React, since the pane runs beside parliamentary work; and
// jsx-a11y's recommended rules over the pane, with Fluent UI's components mapped to the elements they render
// (docs/toegankelijkheid.md).
import jsxA11y from "eslint-plugin-jsx-a11y";
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import react from "eslint-plugin-react";

const nodeGlobals = {
  process: "readonly",
  require: "readonly",
  module: "writable",
  __dirname: "readonly",
  Buffer: "readonly",
};

export default [
  ...officeAddins.configs.recommended,
  // The recommended TypeScript block (prettier, unused vars, Office.js rules) names only .ts: .tsx too.
  { ...officeAddins.configs.recommended[2], files: ["**/*.tsx"] },
  {
    plugins: { "office-addins": officeAddins, react },
    languageOptions: { parser: tsParser },
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "react/no-danger": "error",
    },
  },
  {
    files: ["src/taskpane/**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A list that scrolls is a named region the keyboard can reach (axe's scrollable-region-focusable).
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["tabpanel", "region"] }],
    },
    settings: {
      "jsx-a11y": {
        components: {
          Button: "button",
          ToggleButton: "button",
          Checkbox: "input",
          Input: "input",
          Radio: "input",
          Select: "select",
          Textarea: "textarea",
          Link: "a",
          Image: "img",
          Label: "label",
        },
      },
    },
  },
  {
    // The Office host provides these; @types/office-js and @types/custom-functions-runtime type them.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    languageOptions: {
      // btoa: the add-in's runtime (a browser page) and Node both have it; Excel.createWorkbook takes base64.
      globals: {
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeExtension: "readonly",
        btoa: "readonly",
        // Standard since ES2020; Dekking zoeken's engine asks it whether it runs in Node.
        globalThis: "readonly",
      },
    },
  },
  {
    files: ["src/taskpane/**"],
    languageOptions: { globals: { document: "readonly", window: "readonly" } },
  },
  {
    files: ["src/cli/**", "src/xlsx/**"],
    languageOptions: { globals: nodeGlobals },
  },
];
