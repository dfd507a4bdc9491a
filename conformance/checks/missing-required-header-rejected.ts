import { applies, type ProbeCheck } from './probe.ts';

export const missingRequiredHeaderRejected: ProbeCheck = {
  name: 'missing required header rejected',
  description: 'Leaving out a header parameter the operation documents as required gets a 4xx.',
  level: 'schema',
  async probe(session, operation) {
    const required = operation.parameters.filter((parameter) => parameter.in === 'header' && parameter.required);
    if (required.length === 0 || !applies(session, this, operation)) return;
    for (const parameter of required) {
      const valid = session.validRequest(operation);
      const headers = session.headersFor('a', valid.headers);
      for (const name of Object.keys(headers)) if (name.toLowerCase() === parameter.name.toLowerCase()) delete headers[name];
      const exchange = await session.call(operation, { ...valid, rawHeaders: headers });
      const status = exchange.response?.status;
      if (status === undefined) continue;
      session.expect(this.name, exchange, status >= 400 && status < 500, `received ${status} without the required ${parameter.name} header / documented a 4xx`);
    }
  },
};
