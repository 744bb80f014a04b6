/**
 * The one Content-Security-Policy of the Electron renderer pages.
 *
 * It is sent as a header by the app:// protocol handler and repeated in a <meta> tag in every
 * HTML page, so a page stays locked down even if it is ever loaded some other way.
 * No 'unsafe-inline' and no 'unsafe-eval': React sets inline styles through the CSSOM, which
 * style-src does not govern, and Vite emits scripts and styles as files.
 * `data:` is allowed for images and fonts only because Vite inlines small assets that way.
 * No frame-ancestors: a <meta> policy cannot carry it, and the header and the meta tag are kept
 * identical so one test can compare them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
].join('; ');

/**
 * The development-server variant: Vite serves an inline React Refresh preamble, injects CSS as
 * <style> tags and talks to its HMR WebSocket, so only under `electron-vite dev` are inline
 * scripts and styles and a local WebSocket allowed.
 * Never used for a build.
 */
export function devContentSecurityPolicy(): string {
  return CONTENT_SECURITY_POLICY
    .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*");
}
