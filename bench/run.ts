/** npm run bench: every benchmark, one after the other, printing figures. */
import { benchClientOverhead } from './client-overhead.ts';
import { benchConformance } from './conformance-time.ts';
import { benchMocks } from './mock-throughput.ts';

await benchMocks();
await benchConformance();
await benchClientOverhead();
