// The reading, search and offline journeys in Firefox ESR (Debian's firefox-esr, over WebDriver BiDi): one browser for the file;
// passes per journey go to results/engines.md.
import { recordResults } from '../support/engine-results.ts';
import { useEngine } from '../support/engine-session.ts';
import { journeys } from './journeys/index.ts';

const session = useEngine('firefox');
recordResults('firefox', () => session.engine?.version);
journeys(session);
