// The reading, search and offline journeys in Chromium (Debian's, over playwright-core): one browser for the file;
// passes per journey go to results/engines.md.
import { recordResults } from '../support/engine-results.ts';
import { useEngine } from '../support/engine-session.ts';
import { journeys } from './journeys/index.ts';

const session = useEngine('chromium');
recordResults('chromium', () => session.engine?.version);
journeys(session);
