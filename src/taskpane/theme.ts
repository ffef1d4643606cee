import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** Dark Office themes have a dark body background; anything else (or no host theme) is light. */
export function officeThemeOf(context: Pick<Office.Context, "officeTheme"> | undefined): Theme {
  const background = context?.officeTheme?.bodyBackgroundColor;
  return background && isDark(background) ? webDarkTheme : webLightTheme;
}

function isDark(hexColor: string): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(hexColor.trim());
  if (!match) return false;
  const value = parseInt(match[1], 16);
  const luminance = 0.2126 * ((value >> 16) & 255) + 0.7152 * ((value >> 8) & 255) + 0.0722 * (value & 255);
  return luminance < 128;
}
