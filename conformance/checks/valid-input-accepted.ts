import { applies, documentsStatus, type ProbeCheck } from './probe.ts';

export const validInputAccepted: ProbeCheck = {
  name: 'valid input accepted',
  description:
    "A request built from the contract's own examples is accepted with a 2xx. A 404 is accepted when the example names a resource by id (it may not exist on this server), and a documented 409 when the example's resource already exists.",
  level: 'schema',
  async probe(session, operation) {
    if (!applies(session, this, operation)) return;
    const exchange = await session.exampleExchange(operation);
    const status = exchange.response?.status;
    if (status === undefined) return;
    const hasPathIds = operation.parameters.some((parameter) => parameter.in === 'path');
    const accepted = (status >= 200 && status < 300) || (status === 404 && hasPathIds) || (status === 409 && documentsStatus(operation, 409));
    const body = exchange.response!.text.slice(0, 160);
    session.expect(this.name, exchange, accepted, `received ${status}${body ? ` ${body}` : ''} / documented a 2xx for a request built from the contract's examples`);
  },
};
