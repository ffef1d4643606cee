/** Unit and component tests; the browser tests have their own runner (npm run test:e2e). */
module.exports = {
  testEnvironment: "node",
  // Two workers on the two cores of this kind of machine: jest's default (cores − 1) runs in band, about
  // three times slower here.
  maxWorkers: 2,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  // Builds dist/ once per run: the add-in tests load the real bundle and metadata.
  globalSetup: "<rootDir>/test/functions/build.ts",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
};
