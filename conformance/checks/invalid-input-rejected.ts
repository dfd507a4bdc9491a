import { mutateRequest } from '../mutations.ts';
import { applies, type ProbeCheck } from './probe.ts';

export const invalidInputRejected: ProbeCheck = {
  name: 'invalid input rejected',
  description: 'A request that breaks one documented constraint (a missing required field, a value outside its type, enum, format or bounds, an undocumented field where none are allowed) is refused with a 4xx, never accepted and never a 5xx.',
  level: 'schema',
  async probe(session, operation) {
    if (!applies(session, this, operation)) return;
    for (const mutation of mutateRequest(session.contract.document, operation, session.validRequest(operation))) {
      const exchange = await session.call(operation, mutation.parts);
      const status = exchange.response?.status;
      if (status === undefined) continue;
      session.expect(this.name, exchange, status >= 400 && status < 500, `received ${status} for ${mutation.description} / documented a 4xx rejection`);
    }
  },
};
