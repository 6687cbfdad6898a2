import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './tests/e2e/chromium.ts';

// Browser tests run against the built site (dist/) served by `astro preview`.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: 'http://localhost:4321',
    locale: 'zh-CN',
    acceptDownloads: true,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  webServer: {
    command: 'npx astro preview --port 4321 --host 127.0.0.1',
    url: 'http://localhost:4321/',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
