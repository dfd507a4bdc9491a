/** npm run bench: every benchmark, one after the other, printing figures. */
import { benchClientOverhead } from './client-overhead.ts';
import { benchConformance } from './conformance-time.ts';
import { benchMocks } from './mock-throughput.ts';
import { benchState } from './state-throughput.ts';

await benchMocks();
await benchState();
await benchConformance();
await benchClientOverhead();
