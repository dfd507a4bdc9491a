import { createForLinks, documentedLinks, followableLinks } from '../links.ts';
import { applies, type ProbeCheck } from './probe.ts';

export const createdResourceRetrievable: ProbeCheck = {
  name: 'created resource retrievable',
  description: "After a create, every GET its documented links point to answers 2xx for the created resource (with the ids the links compute), and the resource is cleaned up through its DELETE link.",
  level: 'full',
  async probe(session, operation) {
    const targets = Object.values(documentedLinks(session, operation)).map((link) => session.operation(String(link.operationId)));
    if (!targets.some((target) => target.method === 'get') || !applies(session, this, operation)) return;
    const created = await createForLinks(session, operation);
    if (!created) {
      session.skip(this.name, `${operation.operationId}: the create itself was not accepted (see "valid input accepted")`);
      return;
    }
    const links = followableLinks(session, created);
    for (const link of links.filter((candidate) => candidate.target.method === 'delete')) session.remember(link.target, link.parts.path ?? {});
    for (const link of links.filter((candidate) => candidate.target.method === 'get')) {
      const exchange = await session.call(link.target, link.parts);
      const status = exchange.response?.status;
      if (status === undefined) continue;
      session.expect(this.name, exchange, status >= 200 && status < 300, `received ${status} following link ${link.name} from ${operation.operationId} / documented the created resource as retrievable`);
    }
  },
};
