import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './tests/e2e/chromium.ts';

// Browser tests run against the built site (dist/), served by tools/serve.mjs (port: KEHOU_PORT, default 4321).
const port = Number(process.env.KEHOU_PORT ?? 4321);
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'zh-CN',
    acceptDownloads: true,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  webServer: {
    command: `node tools/serve.mjs ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
