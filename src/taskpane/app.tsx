import { FluentProvider, type Theme } from "@fluentui/react-components";

export function App({ theme }: { theme: Theme }) {
  return (
    <FluentProvider theme={theme}>
      <main>Samen tegen mensenhandel</main>
    </FluentProvider>
  );
}
