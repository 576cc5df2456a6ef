/**
 * Adds a strict Content-Security-Policy meta tag to the built index.html: no inline scripts,
 * workers from the same origin or blob:, and connections to this origin only, unless an
 * online basemap style is configured with VITE_BASEMAP_STYLE, whose origin is then allowed.
 */
import type { Plugin } from 'vite';

export function buildPolicy(onlineStyleUrl: string | undefined): string {
  const extra = onlineStyleUrl ? ` ${new URL(onlineStyleUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${extra}`,
    "font-src 'self'",
    `connect-src 'self'${extra}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const policy = buildPolicy(process.env.VITE_BASEMAP_STYLE || undefined);
      return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    },
  };
}
