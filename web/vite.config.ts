/**
 * Builds the web UI into web/dist, which the HTTP server (src/server) serves at "/".
 * Everything is bundled: no CDN, font or tile server is reached at run time.
 * `ORBIT_API` points the dev server's /api proxy at a running `orbit serve`.
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.ORBIT_API ?? 'http://127.0.0.1:4747'; // orbit serve's default port

/**
 * A strict Content-Security-Policy for the built page: no inline or remote script can run even
 * if some article text ever reached the DOM as markup. Build only, because the dev server
 * injects an inline React-refresh preamble.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const csp: Plugin = {
  name: 'orbit-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
};

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), csp],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  server: { proxy: { '/api': api, '/openapi.json': api, '/docs': api } },
});
