/** npm run bench: every benchmark, one after the other, printing figures. */
import { benchConformance } from './conformance-time.ts';
import { benchMocks } from './mock-throughput.ts';

await benchMocks();
await benchConformance();
