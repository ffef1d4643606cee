/**
 * scripts/audit-prod.js judges what `npm audit --omit=dev --json` printed. The answers below have the
 * shapes npm 11 prints (the 405 one as this network gives it): only a report can pass or fail the
 * dependencies; an unreachable audit service is said plainly and does not fail CI; anything else does.
 */

const { judgeAudit } = require("../../scripts/audit-prod") as {
  judgeAudit(stdout: string): { exitCode: number; lines: string[] };
};

function report(vulnerabilities: Record<string, { severity: string; range: string }>): string {
  const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0 };
  for (const { severity } of Object.values(vulnerabilities)) counts[severity as keyof typeof counts]++;
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(
      Object.entries(vulnerabilities).map(([name, v]) => [name, { name, isDirect: false, via: [], effects: [], ...v }]),
    ),
    metadata: { vulnerabilities: { ...counts, total: Object.keys(vulnerabilities).length }, dependencies: {} },
  });
}

const BULK = "https://registry.npmjs.org/-/npm/v1/security/advisories/bulk";

describe("judging npm audit's answer", () => {
  it("passes a report without findings and says what was counted", () => {
    expect(judgeAudit(report({}))).toEqual({
      exitCode: 0,
      lines: ["npm audit (productie-afhankelijkheden): 0 kritiek, 0 hoog, 0 gemiddeld, 0 laag."],
    });
  });

  it("passes moderate and low findings", () => {
    const judged = judgeAudit(report({ a: { severity: "moderate", range: "<2" }, b: { severity: "low", range: "*" } }));
    expect(judged.exitCode).toBe(0);
    expect(judged.lines[0]).toMatch(/1 gemiddeld, 1 laag/);
  });

  it.each(["high", "critical"])("fails a %s finding and names the package", (severity) => {
    const judged = judgeAudit(
      report({ exceljs: { severity, range: "<=4.4.0" }, zod: { severity: "low", range: "<1" } }),
    );
    expect(judged.exitCode).toBe(1);
    expect(judged.lines.join("\n")).toMatch(new RegExp(`(hoog|kritiek): exceljs <=4\\.4\\.0`));
    expect(judged.lines.join("\n")).not.toMatch(/zod/);
  });

  it("says the audit did not run when the endpoint answers 405, and does not fail", () => {
    const answer = { message: `405 Method Not Allowed - POST ${BULK}`, method: "POST", uri: BULK, statusCode: 405 };
    const judged = judgeAudit(JSON.stringify({ ...answer, body: "", error: { summary: "", detail: "" } }));
    expect(judged).toEqual({ exitCode: 0, lines: [expect.stringMatching(/^npm audit kon niet draaien: .*HTTP 405/)] });
  });

  it.each([
    ["ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:9"],
    ["ENOTFOUND", "getaddrinfo ENOTFOUND registry.npmjs.org"],
  ])("says the audit did not run when the endpoint is unreachable (%s), and does not fail", (code, reason) => {
    const message = `request to ${BULK} failed, reason: ${reason}`;
    const judged = judgeAudit(JSON.stringify({ message, error: { summary: "", detail: "" } }));
    expect(judged.exitCode).toBe(0);
    expect(judged.lines[0]).toMatch(new RegExp(`kon niet draaien: .*niet bereikbaar \\(${code}\\)`));
  });

  it("fails other HTTP errors of the endpoint (a refused login is no network matter)", () => {
    const judged = judgeAudit(JSON.stringify({ message: "401 Unauthorized", uri: BULK, statusCode: 401, error: {} }));
    expect(judged.exitCode).toBe(2);
  });

  it("fails a 405 from another address than the audit endpoint", () => {
    const uri = "https://registry.npmjs.org/exceljs";
    expect(judgeAudit(JSON.stringify({ message: "405", uri, statusCode: 405, error: {} })).exitCode).toBe(2);
  });

  it("fails when there is no lockfile, and on output that is no JSON or no report", () => {
    const noLock = { error: { code: "ENOLOCK", summary: "This command requires an existing lockfile.", detail: "" } };
    expect(judgeAudit(JSON.stringify(noLock)).exitCode).toBe(2);
    expect(judgeAudit("npm ERR! something").exitCode).toBe(2);
    expect(judgeAudit("{}").exitCode).toBe(2);
    expect(judgeAudit("null").exitCode).toBe(2);
  });
});
