/* eslint-disable no-undef */
/**
 * `node scripts/audit-prod.js`: `npm audit --omit=dev --json` for what ships to the officers, failing on
 * high or critical advisories. Three outcomes, kept apart on purpose:
 *   - the audit ran: exit 1 on any high/critical advisory, else 0;
 *   - the registry's audit endpoint could not be reached or refused the request (some networks answer
 *     405 to its POST): say plainly that the audit did not run, exit 0, since that says nothing
 *     about our dependencies;
 *   - anything else (no lockfile, unreadable answer, another HTTP error): exit 2, for that is our fault.
 * Extra arguments go to npm audit (e.g. `--registry <url>`).
 */
const { spawnSync } = require("child_process");

/** Network failures: npm never got an answer from the endpoint. */
const UNREACHABLE_CODES = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ESOCKETTIMEDOUT",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "ERR_SOCKET_TIMEOUT",
]);
/** HTTP answers meaning "no audit service here": a proxy or mirror that does not offer it. */
const UNAVAILABLE_STATUSES = new Set([404, 405, 501, 502, 503, 504]);
const AUDIT_ENDPOINT = /\/-\/npm\/v1\/security\//;
/** How npm reports a request that got no answer: the code only inside the message. */
const FAILED_REQUEST = /^request to (\S+) failed, reason: .*?\b(E[A-Z_]+)\b/;

function errorOf(report) {
  const failed = typeof report.message === "string" ? FAILED_REQUEST.exec(report.message) : null;
  if (failed) return { code: failed[2], statusCode: undefined, uri: failed[1] };
  if (report.error && typeof report.error === "object" && (report.error.code || report.statusCode)) {
    return { code: report.error.code, statusCode: report.statusCode, uri: report.uri };
  }
  if (report.statusCode || report.code) return { code: report.code, statusCode: report.statusCode, uri: report.uri };
  return null;
}

/**
 * Judges the JSON npm audit printed. Returns { exitCode, lines } and never throws.
 * @param {string} stdout
 */
function judgeAudit(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { exitCode: 2, lines: ["npm audit gaf geen leesbaar antwoord (geen JSON): de audit is mislukt."] };
  }
  if (report && report.auditReportVersion && report.metadata && report.metadata.vulnerabilities) {
    const counts = report.metadata.vulnerabilities;
    const serious = Object.values(report.vulnerabilities || {}).filter(
      (vulnerability) => vulnerability.severity === "high" || vulnerability.severity === "critical",
    );
    const summary =
      `npm audit (productie-afhankelijkheden): ${counts.critical || 0} kritiek, ${counts.high || 0} hoog, ` +
      `${counts.moderate || 0} gemiddeld, ${counts.low || 0} laag.`;
    if (serious.length === 0) return { exitCode: 0, lines: [summary] };
    return {
      exitCode: 1,
      lines: [
        summary,
        ...serious.map((v) => `  ${v.severity === "critical" ? "kritiek" : "hoog"}: ${v.name} ${v.range}`),
      ],
    };
  }
  const error = report && errorOf(report);
  if (error) {
    const endpoint = !error.uri || AUDIT_ENDPOINT.test(error.uri);
    if (endpoint && UNREACHABLE_CODES.has(error.code)) {
      return {
        exitCode: 0,
        lines: [
          `npm audit kon niet draaien: het auditadres van de registry is niet bereikbaar (${error.code}). Niet gecontroleerd.`,
        ],
      };
    }
    if (endpoint && UNAVAILABLE_STATUSES.has(error.statusCode)) {
      return {
        exitCode: 0,
        lines: [
          `npm audit kon niet draaien: het auditadres van de registry antwoordt HTTP ${error.statusCode}` +
            `${error.uri ? ` (${error.uri})` : ""}. Niet gecontroleerd; draai de audit op een netwerk met toegang.`,
        ],
      };
    }
    return {
      exitCode: 2,
      lines: [
        `npm audit is mislukt: ${error.code || `HTTP ${error.statusCode}`}${report.message ? ` — ${report.message}` : ""}`,
      ],
    };
  }
  return { exitCode: 2, lines: ["npm audit gaf een onverwacht antwoord: geen rapport en geen foutmelding."] };
}

function main() {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["audit", "--omit=dev", "--json", ...process.argv.slice(2)], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) {
    console.error(`npm audit kon niet worden gestart: ${run.error.message}`);
    return 2;
  }
  const { exitCode, lines } = judgeAudit(run.stdout);
  (exitCode === 0 ? console.log : console.error)(lines.join("\n"));
  return exitCode;
}

module.exports = { judgeAudit };

if (require.main === module) process.exitCode = main();
