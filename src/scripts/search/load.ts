// Sets up Pagefind's Component UI (its script has run just before: search/start.ts) on first use: its
// stylesheet, the site's index and Arabic strings, and the site's search wrapped in (wrap.ts) before the
// first query can run.
import { searchUi } from '../../i18n/ui.ts';
import { wrapSearch } from './wrap.ts';
import type { ComponentInstance, ComponentsGlobal } from './types.ts';

let loading: Promise<ComponentInstance> | undefined;

function addStylesheet(href: string): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}

async function load(bundle: string): Promise<ComponentInstance> {
  const styles = addStylesheet(`${bundle}pagefind-component-ui.css`);
  const components = window.PagefindComponents as ComponentsGlobal;
  const instance = components.getInstanceManager().getInstance('default');
  instance.applyOptions({ bundlePath: bundle });
  instance.setTranslations({ ...searchUi.strings });
  // The UI formats counts with a new Intl.NumberFormat('ar') each time, whose first use loads locale data
  // (about 50 ms on a phone) to write the same Western digits; given as text, a count is used as it is.
  const translate = instance.translate.bind(instance);
  instance.translate = (key, params = {}) =>
    translate(key, Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)])));
  await instance.triggerLoad();
  const pagefind = instance.__pagefind__;
  if (pagefind) pagefind.search = wrapSearch(pagefind.search.bind(pagefind), searchUi.paragraph);
  await styles;
  return instance;
}

/** The page's one Component UI instance, set up with the bundle at `bundle` the first time. */
export function loadSearch(bundle: string): Promise<ComponentInstance> {
  loading ??= load(bundle);
  return loading;
}
