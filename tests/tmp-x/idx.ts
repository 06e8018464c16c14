import { indexSite } from '../../src/integrations/steps/index-search.ts';
import { rmSync } from 'node:fs';
rmSync('/tmp/pf-out', { recursive: true, force: true });
const t = performance.now();
await indexSite('/tmp/d1000', { output: '/tmp/pf-out' });
console.log('index', (performance.now() - t).toFixed(0), 'ms');
