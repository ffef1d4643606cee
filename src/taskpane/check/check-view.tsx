/**
 * Controleren: the validator of `samen validate` over the open workbook. Findings grouped by severity
 * and sheet; choosing one selects its cell in Excel, so the officer lands on what to fix.
 */
import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { Announce } from "../announce";
import type { Finding, Severity } from "../../validate";
import type { PaneWorkbook } from "../workbook";

const SEVERITIES: ReadonlyArray<{ severity: Severity; title: string; color: "danger" | "warning" | "informative" }> = [
  { severity: "error", title: "Fouten", color: "danger" },
  { severity: "warning", title: "Waarschuwingen", color: "warning" },
  { severity: "info", title: "Meldingen", color: "informative" },
];

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { listStyle: "none", margin: 0, padding: 0 },
  finding: { justifyContent: "flex-start", textAlign: "left", height: "auto", padding: "4px", fontWeight: "normal" },
});

function groupBySheet(findings: Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.sheet, [...(groups.get(finding.sheet) ?? []), finding]);
  return [...groups];
}

export function CheckView({ workbook }: { workbook: PaneWorkbook }) {
  const styles = useStyles();
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setRunning(true);
    setError(null);
    const result = await workbook.check();
    setRunning(false);
    if (result.ok) setFindings(result.value);
    else setError(result.message);
  };
  const select = async (finding: Finding) => {
    const result = await workbook.selectCell(finding.sheet, finding.cell);
    setError(result.ok ? null : result.message);
  };

  return (
    <div className={styles.view}>
      <Text as="h2" weight="semibold" size={400}>
        Werkmap controleren
      </Text>
      <Text>Controleert de tabellen van het actieplan: totalen, formules, bedragen en nummering.</Text>
      <div>
        <Button appearance="primary" onClick={() => void run()} disabled={running}>
          {findings === null ? "Controleer de werkmap" : "Opnieuw controleren"}
        </Button>
      </div>
      {running && <Spinner size="small" label="Bezig met controleren…" />}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {findings !== null && !running && (
        <>
          <Announce
            text={`Controle klaar. ${SEVERITIES.map(({ severity, title }) => `${title}: ${findings.filter((finding) => finding.severity === severity).length}`).join(", ")}.`}
          />
          <div className={styles.counts} role="group" aria-label="Aantallen bevindingen">
            {SEVERITIES.map(({ severity, title, color }) => (
              <Badge key={severity} appearance="tint" color={color} size="large">
                {title}: {findings.filter((finding) => finding.severity === severity).length}
              </Badge>
            ))}
          </div>
          {findings.length === 0 && <Text>Geen bevindingen: de werkmap is in orde.</Text>}
          {SEVERITIES.map(({ severity, title }) => {
            const ofSeverity = findings.filter((finding) => finding.severity === severity);
            if (ofSeverity.length === 0) return null;
            return (
              <section key={severity} aria-label={title}>
                <Text as="h3" weight="semibold">
                  {title} ({ofSeverity.length})
                </Text>
                {groupBySheet(ofSeverity).map(([sheet, ofSheet]) => (
                  <div key={sheet}>
                    <Text as="h4" size={200} weight="semibold">
                      Blad {sheet}
                    </Text>
                    <ul className={styles.list}>
                      {ofSheet.map((finding) => (
                        <li key={`${finding.rule}-${finding.cell}-${finding.message}`}>
                          <Button
                            appearance="subtle"
                            className={styles.finding}
                            onClick={() => void select(finding)}
                            title={`Selecteer cel ${finding.cell} op blad ${sheet}`}
                          >
                            {finding.cell}: {finding.message}
                          </Button>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
