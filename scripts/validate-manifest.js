/**
 * npm run validate: the offline check first (it must pass), then Microsoft's online validator when it
 * can be reached. Without internet the online part is skipped with a note, never a failure.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const { checkManifest } = require("./manifest-check");

const OFFLINE_SIGNS = /Unable to contact|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ENETUNREACH|fetch failed/i;

function validateOnline(file) {
  const result = spawnSync("npx", ["--no-install", "office-addin-manifest", "validate", file], {
    encoding: "utf8",
    timeout: 60_000,
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status === 0) return { ok: true, note: "Online controle door Microsoft: geslaagd." };
  if (result.error || OFFLINE_SIGNS.test(output)) {
    return { ok: true, note: "Online controle overgeslagen: de dienst van Microsoft is niet bereikbaar." };
  }
  return { ok: false, note: `Online controle door Microsoft: afgekeurd.\n${output.trim()}` };
}

function main(file) {
  if (!file) {
    console.error("Gebruik: node scripts/validate-manifest.js <manifest.xml> [--offline]");
    return 2;
  }
  let xml;
  try {
    xml = fs.readFileSync(file, "utf8");
  } catch {
    console.error(`Kan ${file} niet lezen.`);
    return 2;
  }
  const problems = checkManifest(xml);
  if (problems.length > 0) {
    console.error(`${file}: ${problems.length} ${problems.length === 1 ? "probleem" : "problemen"} gevonden:`);
    for (const problem of problems) console.error(`  ${problem}`);
    return 1;
  }
  console.log(`${file}: offline controle geslaagd.`);
  if (process.argv.includes("--offline")) return 0;
  const online = validateOnline(file);
  (online.ok ? console.log : console.error)(online.note);
  return online.ok ? 0 : 1;
}

process.exitCode = main(process.argv[2]);
