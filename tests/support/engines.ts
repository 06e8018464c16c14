// The three browser engines behind one small interface, so one journey runs in each: Chromium (Debian's, over
// playwright-core), Firefox ESR (Debian's, over WebDriver BiDi with puppeteer-core) and WebKit (Debian's
// WebKitGTK through WebKitWebDriver, under Xvfb, with selenium-webdriver).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { Builder, Key, type WebDriver } from 'selenium-webdriver';
import { launchBrowser } from '../../src/tools/browser.ts';
import { freePort } from './free-port.ts';

export type EngineName = 'chromium' | 'firefox' | 'webkit';
/** The keys the journeys press. */
type KeyName = 'Escape' | 'ArrowDown' | 'ArrowUp' | 'Enter' | '/' | 'Control+k';

export interface Engine {
  readonly name: EngineName;
  /** The browser's own version string. */
  readonly version: string;
  /** Open a URL and wait for its load event. */
  open(url: string): Promise<void>;
  /** Run `fn(arg)` in the page (an arrow or function expression; it may be async) and return its result. */
  run<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  /** Type text into the focused element, key by key. */
  type(text: string): Promise<void>;
  press(key: KeyName): Promise<void>;
  /** Click the element a selector names, as a pointer would. */
  click(selector: string): Promise<void>;
  screenshot(): Promise<Buffer>;
  quit(): Promise<void>;
}

const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function need(path: string, pkg: string): void {
  if (!existsSync(path)) throw new Error(`${path} not found: install Debian's ${pkg} (.ci/run does)`);
}

/** What a poll returns: the value, never a falsy one. */
type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

/** Poll `fn(arg)` in the page until it returns something truthy; that value. */
export async function waitFor<A, R>(
  engine: Engine,
  fn: (arg: A) => R,
  arg: A,
  what: string,
  timeout = 15_000,
): Promise<Truthy<Awaited<R>>> {
  const end = Date.now() + timeout;
  let last: Error | undefined;
  for (;;) {
    try {
      const value = await engine.run(fn, arg);
      if (value) return value as Truthy<Awaited<R>>;
    } catch (error) {
      // A navigation under way destroys the context the script ran in: try again.
      last = error instanceof Error ? error : new Error(String(error));
    }
    if (Date.now() > end)
      throw new Error(`${engine.name}: timed out waiting for ${what}${last ? ` (${last.message})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function chromium(): Promise<Engine> {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    open: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    run: (fn, arg) => page.evaluate(fn as never, arg) as never,
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.click(selector),
    screenshot: () => page.screenshot(),
    quit: () => browser.close(),
  };
}

async function firefox(): Promise<Engine> {
  need(FIREFOX_PATH, 'firefox-esr');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { 'intl.accept_languages': 'ar' },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  return {
    name: 'firefox',
    version: (await browser.version()).replace(/^firefox\//, 'Firefox ESR '),
    open: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    run: (fn, arg) => page.evaluate(fn as never, arg),
    type: (text) => page.keyboard.type(text),
    press: async (key) => {
      if (key !== 'Control+k') return page.keyboard.press(key);
      await page.keyboard.down('Control');
      await page.keyboard.press('k');
      await page.keyboard.up('Control');
    },
    click: (selector) => page.click(selector),
    screenshot: async () => Buffer.from(await page.screenshot()),
    quit: () => browser.close(),
  };
}

/** Start a helper process (WebKitWebDriver) with its output dropped; the caller stops it by its pid (kill()). */
function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Xvfb on a display it picks itself (-displayfd); its number and process. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): install Debian's xvfb (.ci/run does)`)));
    let out = '';
    xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, process: xvfb });
    });
  });
}

async function webkit(): Promise<Engine> {
  need(WEBKIT_DRIVER, 'webkit2gtk-driver');
  need(MINIBROWSER, 'libwebkit2gtk-4.1-0');
  const xvfb = await startXvfb();
  const port = await freePort();
  const env = { ...process.env, DISPLAY: xvfb.display, GDK_BACKEND: 'x11', LIBGL_ALWAYS_SOFTWARE: '1' };
  const driverProcess = startProcess(WEBKIT_DRIVER, [`--port=${port}`], env);
  const stop = (): void => {
    driverProcess.kill();
    xvfb.process.kill();
  };
  let driver: WebDriver;
  try {
    driver = await connect(port);
  } catch (error) {
    stop();
    throw error;
  }
  await driver.manage().window().setRect({ width: 1280, height: 900 });
  const capabilities = await driver.getCapabilities();
  return {
    name: 'webkit',
    version: `WebKitGTK ${String(capabilities.getBrowserVersion())}`,
    open: (url) => driver.get(url),
    run: (fn, arg) => driver.executeScript(`return (${fn.toString()})(arguments[0]);`, arg),
    type: async (text) => driver.switchTo().activeElement().sendKeys(text),
    press: async (key) => {
      const actions = driver.actions();
      if (key === 'Control+k') await actions.keyDown(Key.CONTROL).sendKeys('k').keyUp(Key.CONTROL).perform();
      else
        await actions
          .sendKeys(key.length === 1 ? key : Key[key.replace(/^Arrow/, 'ARROW_').toUpperCase() as 'ENTER'])
          .perform();
    },
    click: async (selector) => {
      const { By } = await import('selenium-webdriver');
      const element = await driver.findElement(By.css(selector));
      // WebKitWebDriver scrolls an element only to the edge, where the sticky header can take the click; the
      // scroll is instant, as the site's smooth scrolling would move the element under a click in flight.
      await driver.executeScript('arguments[0].scrollIntoView({ block: "center", behavior: "instant" })', element);
      await element.click();
    },
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),
    quit: async () => {
      await driver.quit().catch(() => undefined);
      stop();
    },
  };
}

/** A session with the driver on `port`, retried while the driver starts. */
async function connect(port: number): Promise<WebDriver> {
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  };
  for (let tries = 0; ; tries++) {
    try {
      return await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
    } catch (error) {
      if (tries > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

export const ENGINES: Record<EngineName, () => Promise<Engine>> = { chromium, firefox, webkit };
