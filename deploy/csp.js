/**
 * The task pane's Content-Security-Policy, in one place: the build writes it into taskpane.html's meta
 * tag and deploy/nginx/samen-site.conf sends it as a header (a test keeps the two equal).
 * Scripts only from the add-in's origin and Microsoft's Office.js; 'wasm-unsafe-eval' lets Dekking zoeken
 * compile HiGHS's WebAssembly (it allows no eval of JavaScript); Fluent UI writes its styles at run time
 * ('unsafe-inline' styles); Office on the web and its dialogs are the only frames.
 */
const DIRECTIVES = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'wasm-unsafe-eval'", "https://appsforoffice.microsoft.com"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "frame-src": ["https://*.officeapps.live.com", "https://*.office.com", "https://*.microsoft.com"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
};

const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
  .join("; ");

module.exports = { CONTENT_SECURITY_POLICY };
