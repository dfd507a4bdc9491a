import { httpMethods } from '../../contract/spec.ts';
import { applies, type ProbeCheck } from './probe.ts';

const candidates = ['put', 'patch', 'delete', 'post', 'get'] as const;
const rejections = [404, 405, 501];

export const undocumentedMethodRejected: ProbeCheck = {
  name: 'undocumented method rejected',
  description: 'A method the path does not document is refused with 405 (or 404 / 501), never served.',
  level: 'schema',
  async probe(session, operation) {
    const pathItem = session.contract.document.paths[operation.path]!;
    const documented = httpMethods.filter((method) => pathItem[method] !== undefined);
    // Once per path: only the path's first documented operation probes it.
    if (documented[0] !== operation.method || !applies(session, this, operation)) return;
    const method = candidates.find((candidate) => !documented.includes(candidate));
    if (!method) return;
    const valid = session.validRequest(operation);
    const exchange = await session.call(operation, { path: valid.path, headers: valid.headers }, 'a', method.toUpperCase());
    const status = exchange.response?.status;
    if (status === undefined) return;
    session.expect(this.name, exchange, rejections.includes(status), `received ${status} for ${method.toUpperCase()} ${operation.path} / documented only ${documented.map((name) => name.toUpperCase()).join(', ')} (expected 405)`);
  },
};
