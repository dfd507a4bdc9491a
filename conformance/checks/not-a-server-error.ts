import type { ResponseCheck } from '../types.ts';

export const notAServerError: ResponseCheck = {
  name: 'not a server error',
  description: 'No request, valid or not, makes the server fail with a 5xx.',
  judge(exchange) {
    const status = exchange.response?.status;
    if (status === undefined || status < 500) return [];
    return [`received ${status} / documented an answer that is not a server error`];
  },
};
