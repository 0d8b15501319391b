// @ts-check
import { defineConfig } from 'astro/config';

// The public URL is configurable so canonical links and the sitemap are right wherever the site is hosted.
const site = process.env.WIREDIFF_SITE ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Telemetry is off for reproducible, offline builds; ASTRO_TELEMETRY_DISABLED is also set in scripts.
  devToolbar: { enabled: false },
  // Every page gets a Content-Security-Policy <meta> with hashes of its own scripts and styles: no unsafe-inline.
  security: { csp: true },
});
