/**
 * Where the add-in is served. The manifest names the development server; a production build rewrites
 * every occurrence (Microsoft's template rewrites only the first, leaving the rest on localhost).
 */
const DevUrls = { base: "https://localhost:3000/" };

/** `.invalid` cannot resolve: a build for deployment must say where it will live (SAMEN_PROD_URL). */
const PLACEHOLDER_PROD_URL = "https://samen.invalid/";

function rewriteDevUrls(text, prodUrl = PLACEHOLDER_PROD_URL) {
  const base = prodUrl.endsWith("/") ? prodUrl : `${prodUrl}/`;
  if (!/^https:\/\//.test(base)) throw new Error(`SAMEN_PROD_URL moet met https:// beginnen, niet "${prodUrl}".`);
  return text.split(DevUrls.base).join(base);
}

/** The paths under the add-in's address that a manifest names: they keep their names in every build. */
function manifestPaths(manifestXml) {
  const escaped = DevUrls.base.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return [...new Set([...manifestXml.matchAll(new RegExp(`${escaped}([^"<\\s]+)`, "g"))].map((match) => match[1]))];
}

module.exports = { DevUrls, PLACEHOLDER_PROD_URL, manifestPaths, rewriteDevUrls };
