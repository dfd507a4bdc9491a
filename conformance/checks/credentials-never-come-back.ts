import { fromResponseCheck } from '../registry.ts';
import type { Issue } from '../types.ts';
import { memo } from './support/contract-model.ts';
import { credentialHeaderNames } from './support/security.ts';

/** A credential this short could come back by coincidence (a region code, a flag); real keys are longer. */
const shortestCredential = 12;

/** The secret a credential header carries: its value without the scheme word (`Bearer`, `Basic`). */
function secretOf(value: string): string {
  return value.replace(/^(bearer|basic|token)\s+/i, '').trim();
}

/**
 * The credentials a caller sends (an API key, a PAT) are never answered back:
 * not echoed by the request that carries them, not stored whole on a resource
 * (a `createdBy` holding the key instead of its id) and served in a list that
 * ends up in a browser widget or a log. Judged on served answers only: a
 * refusal that quotes a key it refused quotes nothing that works.
 */
export const credentialsNeverComeBack = fromResponseCheck({
  name: 'credentials never come back',
  description:
    'A 2xx body never contains the credential its request was sent with (the value of Authorization without its scheme word, or of an API-key header; 12 characters or more): a key stored whole on a resource and listed is a live credential handed to whoever reads the list (excessive data exposure, OWASP API3).',
  judge(exchange, contract) {
    const status = exchange.response?.status;
    const text = exchange.response?.text ?? '';
    if (status === undefined || status < 200 || status >= 300 || text.length === 0) return [];
    const headers = memo(contract.document, 'credential-headers', () => credentialHeaderNames(contract.document));
    const issues: Issue[] = [];
    for (const [name, value] of Object.entries(exchange.request.headers)) {
      if (!headers.has(name.toLowerCase())) continue;
      const secret = secretOf(value);
      if (secret.length < shortestCredential || !text.includes(secret)) continue;
      issues.push({
        message: `received the credential this request was sent with in its ${name} header (${secret.slice(0, 4)}…, ${secret.length} characters) in a ${status} body / documented credentials as the caller's secret: no answer carries them`,
        severity: 'error',
      });
    }
    return issues;
  },
});
