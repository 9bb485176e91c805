// Headless Chromium (Debian's package, STORYLINE_CHROMIUM) driven by playwright-core, with the flags
// that keep it off the network and quiet in CI.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.STORYLINE_CHROMIUM;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
