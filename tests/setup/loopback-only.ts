// Every test file runs with this guard: a fetch to anything but this machine
// fails loudly instead of leaving it. (MSW, when used, intercepts before it.)
const originalFetch = globalThis.fetch;
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!loopbackHosts.has(url.hostname)) {
    return Promise.reject(new Error(`test tried to reach ${url.origin}: only 127.0.0.1 is allowed`));
  }
  return originalFetch(input, init);
};
