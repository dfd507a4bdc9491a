import type { SentRequest } from './types.ts';

/** Quotes a word for a POSIX shell: single quotes, with embedded ones closed, escaped and reopened. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A curl command that sends the request again, exactly as the suite sent it. */
export function curlCommand(request: SentRequest): string {
  const parts = ['curl', '-sS', '-i', '-X', request.method, shellQuote(request.url)];
  for (const [name, value] of Object.entries(request.headers)) parts.push('-H', shellQuote(`${name}: ${value}`));
  if (request.body !== undefined) parts.push('--data-raw', shellQuote(typeof request.body === 'string' ? request.body : JSON.stringify(request.body)));
  return parts.join(' ');
}
