import { createForLinks, documentedLinks, followableLinks } from '../links.ts';
import { applies, type ProbeCheck } from './probe.ts';

export const deletedResourceGone: ProbeCheck = {
  name: 'deleted resource gone',
  description: "After a created resource is deleted through its DELETE link, the GET links that name it answer 404. Deletes the contract marks `x-soft-delete: true` (archive) are exempt.",
  level: 'full',
  async probe(session, operation) {
    const links = Object.values(documentedLinks(session, operation));
    const targets = links.map((link) => session.operation(String(link.operationId)));
    const hardDelete = targets.some((target) => target.method === 'delete' && !target.definition['x-soft-delete']);
    const readsById = links.some((link) => session.operation(String(link.operationId)).method === 'get' && Object.values((link.parameters ?? {}) as object).some((expression) => String(expression).startsWith('$response.body')));
    if (!hardDelete || !readsById || !applies(session, this, operation)) return;
    const created = await createForLinks(session, operation);
    if (!created) {
      session.skip(this.name, `${operation.operationId}: the create itself was not accepted (see "valid input accepted")`);
      return;
    }
    const followed = followableLinks(session, created);
    const deletion = followed.find((link) => link.target.method === 'delete' && !link.target.definition['x-soft-delete']);
    const reads = followed.filter((link) => link.target.method === 'get' && link.namesCreatedResource);
    if (!deletion || reads.length === 0) {
      for (const link of followed.filter((candidate) => candidate.target.method === 'delete')) session.remember(link.target, link.parts.path ?? {});
      return;
    }
    const deleted = await session.call(deletion.target, deletion.parts);
    const status = deleted.response?.status;
    if (status === undefined || !session.expect(this.name, deleted, status >= 200 && status < 300, `received ${status} deleting through link ${deletion.name} / documented a 2xx delete`)) {
      session.remember(deletion.target, deletion.parts.path ?? {});
      return;
    }
    for (const read of reads) {
      const exchange = await session.call(read.target, read.parts);
      const readStatus = exchange.response?.status;
      if (readStatus === undefined) continue;
      session.expect(this.name, exchange, readStatus === 404, `received ${readStatus} reading a deleted resource through link ${read.name} / documented 404`);
    }
  },
};
