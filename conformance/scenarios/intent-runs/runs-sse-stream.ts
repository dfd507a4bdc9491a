import { parseEventStream } from '../../sse.ts';
import type { Scenario } from '../../scenario.ts';

const eventTypes = ['status', 'step', 'tool_call', 'result', 'error'];

export const sseStream: Scenario = {
  title: 'The run stream is text/event-stream of typed JSON events, with tool calls only when includeToolCalls is true (not by default)',
  async run(test) {
    // Unset first: "By default, tool calls are not included".
    for (const includeToolCalls of [undefined, 'false', 'true'] as const) {
      const run = test.status(await test.call('createRun', test.request('createRun')), 201, 'the run is created');
      const exchange = await test.call('streamRun', { path: { runId: run.runId }, query: includeToolCalls === undefined ? {} : { includeToolCalls } });
      test.status(exchange, 200, 'the stream opens');
      test.that(exchange, exchange.response!.contentType?.startsWith('text/event-stream') === true, String(exchange.response!.contentType), 'Content-Type text/event-stream');
      const events = parseEventStream(exchange.response!.text);
      test.that(exchange, events.length > 0, 'no events', 'at least one event (the run\'s status)');
      for (const event of events) {
        let data: { type?: string; runId?: string } | undefined;
        try {
          data = JSON.parse(event.data);
        } catch {
          data = undefined;
        }
        test.that(exchange, data !== undefined && eventTypes.includes(event.event) && data.type === event.event && data.runId === run.runId, `event: ${event.event} data: ${event.data.slice(0, 80)}`, `an event named one of ${eventTypes.join(', ')} whose JSON data has that type and the run's id`);
      }
      const toolCalls = events.filter((event) => event.event === 'tool_call').length;
      if (includeToolCalls !== 'true') test.that(exchange, toolCalls === 0, `${toolCalls} tool_call events with includeToolCalls ${includeToolCalls ?? 'unset'}`, 'no tool calls without includeToolCalls=true');
    }
  },
};
