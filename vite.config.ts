/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// Documents come from hostile sources: the built app runs no inline script, no eval, and talks to
// no origin but its own. Dev keeps Vite's inline HMR preamble, so the policy applies to builds.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // Shared stories talk to the desk's relay over WebSocket; nothing else leaves the app's origin.
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "manifest-src 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'crosscheck-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      registerType: 'autoUpdate',
      // Deferred: a plain script in <head> would hold up the first paint.
      injectRegister: 'script-defer',
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Crosscheck',
        short_name: 'Crosscheck',
        description: 'Align news reports across sources and record factual disagreements.',
        theme_color: '#1d3557',
        background_color: '#f4f5f7',
        display: 'standalone',
        start_url: '/',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,txt,json,webmanifest}'],
        navigateFallback: 'index.html',
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Zod's core and the switch that keeps it from probing eval share one chunk, so the switch
        // is set before any other chunk builds a schema (Zod decides at construction), whatever
        // the chunks' order: the Content-Security-Policy forbids eval and reports the probe. The
        // first screen's schemas use zod/mini; the full zod (its methods and JSON Schema code,
        // 17 KB gzip more) is its own chunk, loaded with the import, sharing and annotations.
        codeSplitting: {
          // Else the full zod's group would take the core it builds on, which the first screen needs.
          includeDependenciesRecursively: false,
          groups: [
            { name: 'zod-classic', test: /[\\/]node_modules[\\/]zod[\\/](?:v4[\\/])?(?:classic[\\/]|index\.js$|core[\\/](?:to-)?json-schema)/, priority: 2 },
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]zod-without-eval\.ts$/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.mjs'],
    environment: 'node',
    testTimeout: 30_000,
    // Vitest's default for a run is one worker fewer than the cores: one worker on the 2-core CI
    // machine, the other core idle while the main process mostly waits. Every core runs test files.
    maxWorkers: '100%',
  },
});
