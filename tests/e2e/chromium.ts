import { existsSync } from 'node:fs';

// The system Chromium (Debian package `chromium`); Playwright's own browser downloads do not work here.
export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string | undefined {
  return CHROMIUM_CANDIDATES.find((p): p is string => !!p && existsSync(p));
}

// Root needs --no-sandbox; the rest keep Chromium from calling home on a closed network.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
];
