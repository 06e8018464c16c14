// The reading, search and offline journeys in WebKit (Debian's WebKitGTK through webkit2gtk-driver, under Xvfb): one browser for the file;
// passes per journey go to results/engines.md.
import { recordResults } from '../support/engine-results.ts';
import { useEngine } from '../support/engine-session.ts';
import { journeys } from './journeys/index.ts';
import { joiningJourney } from './journeys/joining.ts';

const session = useEngine('webkit');
recordResults('webkit', () => session.engine?.version);
journeys(session);
joiningJourney(session);
