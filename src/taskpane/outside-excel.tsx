/**
 * What the pane's page shows where it cannot work: opened in a browser outside Excel, or with Office.js
 * not loaded (blocked by a network, or not answering). Never a blank page: it says, in Dutch, that Samen
 * runs inside Excel and how to open it there.
 */
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";

export type OutsideReason = "not-in-excel" | "office-not-loaded";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, minHeight: "100vh", boxSizing: "border-box" },
  steps: { paddingLeft: tokens.spacingHorizontalXL, lineHeight: tokens.lineHeightBase400 },
});

export function OutsideExcel({ reason }: { reason: OutsideReason }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <main>
        <Text as="h1" size={500} weight="semibold" block>
          Samen tegen mensenhandel
        </Text>
        {reason === "office-not-loaded" ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>
              Office.js, de bibliotheek van Microsoft waarmee Samen met Excel praat, kon niet worden geladen van
              appsforoffice.microsoft.com. Controleer de internetverbinding, of vraag de ICT-afdeling dat adres toe te
              laten, en open Samen daarna opnieuw.
            </MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar intent="info">
            <MessageBarBody>
              Deze pagina is het venster van de invoegtoepassing Samen: zij werkt alleen in Excel.
            </MessageBarBody>
          </MessageBar>
        )}
        <Text as="h2" size={400} weight="semibold" block>
          Samen werkt in Excel
        </Text>
        <ol className={styles.steps}>
          <li>Open de werkmap met de begroting in Excel, op het web of op uw computer.</li>
          <li>
            Kies op het tabblad Start: Invoegtoepassingen &gt; Mijn invoegtoepassingen, en dan Samen. Staat Samen er
            niet bij, vraag dan de functioneel beheerder om de invoegtoepassing.
          </li>
          <li>Open het venster met de knop Samen-venster in de groep Samen op het tabblad Start.</li>
        </ol>
      </main>
    </FluentProvider>
  );
}
