// Browser tests against the built site in dist/, served by `astro preview`, in Debian's Chromium.
import { defineConfig } from '@playwright/test';

const PORT = 4329;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // Two workers on two cores: a page of the size of the 2024 report's sections may take more than the
  // default five seconds to load while the other worker runs axe (the switcher's test once timed out so).
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `node node_modules/astro/bin/astro.mjs preview --port ${PORT}`,
    url: `http://localhost:${PORT}/zh-hans/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
