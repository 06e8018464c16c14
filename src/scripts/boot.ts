// The one module every page runs (after the inline theme script): it starts the search control and, where the
// edition has one, the service worker; each fetches the rest of its code only when it is used.
import { startSearch } from './search/start.ts';
import { serviceWorker } from 'virtual:site/edition';
import { registerServiceWorker } from './register-sw.ts';

// The header's (the search page has a second <site-search>, around its form, after it).
const search = document.querySelector<HTMLElement>('site-search');
if (search) startSearch(search);
if (serviceWorker) registerServiceWorker(import.meta.env.BASE_URL);
