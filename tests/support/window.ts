// A page of a profile in a browser window of its own, as the tab a reader looks at is. Chromium draws only the front
// tab of a window at the screen's rate: the profile's other tabs get about one frame a second (a wait for two frames
// took up to 2 s there), so a page load measured in one would be drawn, and its shifts counted, unlike a reader's.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

/** One DevTools session on each browser, to open windows with. */
const sessions = new WeakMap<Browser, Promise<CDPSession>>();
/** Each profile's id in Chromium, read from one of its pages. */
const ids = new WeakMap<BrowserContext, Promise<string>>();
/** The profile's window openings, one after another: each new page is the next one the profile reports. */
const queues = new WeakMap<BrowserContext, Promise<unknown>>();

async function profileId(context: BrowserContext, page: Page): Promise<string> {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfo } = await cdp.send('Target.getTargetInfo');
    if (!targetInfo.browserContextId) throw new Error('Chromium gave no profile id for the page');
    return targetInfo.browserContextId;
  } finally {
    await cdp.detach();
  }
}

async function open(context: BrowserContext): Promise<Page> {
  const browser = context.browser();
  const [page] = context.pages();
  // A profile with no page open has no window either: its first page opens one.
  if (!browser || !page) return context.newPage();
  let id = ids.get(context);
  if (!id) ids.set(context, (id = profileId(context, page)));
  let cdp = sessions.get(browser);
  if (!cdp) sessions.set(browser, (cdp = browser.newBrowserCDPSession()));
  const opened = context.waitForEvent('page');
  await (await cdp).send('Target.createTarget', { url: 'about:blank', browserContextId: await id, newWindow: true });
  return opened;
}

/** A new page of `context` in a window of its own; the profile's settings, routes and scripts apply as to any page.
 *  Only the profile's own pages may open meanwhile (its next page is taken to be this one). */
export function newWindow(context: BrowserContext): Promise<Page> {
  const previous = queues.get(context) ?? Promise.resolve();
  const next = previous.then(
    () => open(context),
    () => open(context),
  );
  queues.set(
    context,
    next.catch(() => undefined),
  );
  return next;
}
