import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { officeThemeOf } from "../../src/taskpane/theme";

const withBody = (bodyBackgroundColor: string) =>
  ({ officeTheme: { bodyBackgroundColor } }) as unknown as Pick<Office.Context, "officeTheme">;

describe("Fluent theme from the Office host", () => {
  test("a dark Office theme (black, dark grey) gives the dark Fluent theme", () => {
    expect(officeThemeOf(withBody("#000000"))).toBe(webDarkTheme);
    expect(officeThemeOf(withBody("#262626"))).toBe(webDarkTheme);
  });

  test("light or colourful themes, an unreadable colour and no host theme give the light one", () => {
    expect(officeThemeOf(withBody("#FFFFFF"))).toBe(webLightTheme);
    expect(officeThemeOf(withBody("#E6E6E6"))).toBe(webLightTheme);
    expect(officeThemeOf(withBody("donker"))).toBe(webLightTheme);
    expect(officeThemeOf({ officeTheme: undefined as unknown as Office.OfficeTheme })).toBe(webLightTheme);
    expect(officeThemeOf(undefined)).toBe(webLightTheme);
  });
});
