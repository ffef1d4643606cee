// The office-addins recommended rules (no sync in loops, load before read, …) plus what Samen adds:
// no eval of any kind and no raw HTML in React, since the pane runs beside parliamentary work.
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
