// Headless Chromium for the HTML report: find the browser, launch it, and write a PNG of a report
// (for the docs). The browser test uses the same finder and launcher.
//
//   node --import tsx scripts/screenshot-report.ts report.html report.png [width] [height]
//
// A height cuts the page there: the top of a long report, for the docs (the README's shows the
// demo's headline, models, layers and distributions, not all 48 split curves).
//
// Chromium comes from the system (Debian: apt-get install chromium); puppeteer-core downloads
// nothing. CHROMIUM_PATH points at another binary.
import { accessSync, constants } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer, { type Browser } from "puppeteer-core";

const NAMES = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH, then /usr/bin/chromium, then the first Chromium or Chrome on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [
    ...(env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : []),
    "/usr/bin/chromium",
    ...(env.PATH ?? "").split(delimiter).filter((dir) => dir !== "").flatMap((dir) => NAMES.map((name) => join(dir, name))),
  ];
  return candidates.find(executable);
}

export const CHROMIUM_MISSING = "Chromium not found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to its binary";

/** Headless Chromium; as root (a CI container) without the sandbox, which refuses to run as root. */
export async function launchChromium(executablePath: string | undefined = findChromium()): Promise<Browser> {
  if (executablePath === undefined) throw new Error(CHROMIUM_MISSING);
  const root = process.getuid?.() === 0;
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [...(root ? ["--no-sandbox"] : []), "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check"],
  });
}

export interface ScreenshotOptions {
  /** Reuse a running browser (the tests do); otherwise one is launched and closed. */
  browser?: Browser;
  /** Viewport width in CSS pixels (default 1200); the height follows the page. */
  width?: number;
  /** Device pixel ratio (default 1; 2 for a sharp image on a high-density screen). */
  scale?: number;
  /** The whole page (default) or only the first screen. */
  fullPage?: boolean;
  /** Cut the page at this many CSS pixels from the top (the whole page when shorter). */
  height?: number;
}

/** Opens the report at `htmlPath` from disk and writes a PNG of it to `pngPath`. */
export async function screenshotReport(htmlPath: string, pngPath: string, options: ScreenshotOptions = {}): Promise<void> {
  const browser = options.browser ?? (await launchChromium());
  try {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: options.width ?? 1200, height: 800, deviceScaleFactor: options.scale ?? 1 });
      await page.goto(pathToFileURL(resolve(htmlPath)).href, { waitUntil: "load" });
      const path = pngPath as `${string}.png`;
      if (options.height === undefined) await page.screenshot({ path, type: "png", fullPage: options.fullPage ?? true });
      else {
        const pageHeight = (await page.evaluate("document.documentElement.scrollHeight")) as number;
        await page.screenshot({ path, type: "png", clip: { x: 0, y: 0, width: options.width ?? 1200, height: Math.min(options.height, pageHeight) }, captureBeyondViewport: true });
      }
    } finally {
      await page.close();
    }
  } finally {
    if (!options.browser) await browser.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [htmlPath, pngPath, width, height] = process.argv.slice(2);
  if (htmlPath === undefined || pngPath === undefined) {
    console.error("usage: node --import tsx scripts/screenshot-report.ts REPORT.html OUT.png [WIDTH] [HEIGHT]");
    process.exit(2);
  }
  await screenshotReport(htmlPath, pngPath, { ...(width === undefined ? {} : { width: Number(width) }), ...(height === undefined ? {} : { height: Number(height) }) });
}
