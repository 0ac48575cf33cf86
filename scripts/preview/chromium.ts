import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); playwright-core never downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, and off the network: without these Chromium floods a closed network with refused connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
