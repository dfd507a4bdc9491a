import { Ajv } from 'ajv';
import { fail } from '../stateful/problems.ts';
import { addEvent, type IntentRunsCaller, type IntentRunsHandlers, type IntentRunsStore, repeatKeyIndex, type StoredRun } from './store.ts';
import { streamRunEvents } from './stream.ts';

/** Runs that can still be aborted: "a running or queued run". */
export const abortable = new Set(['QUEUED', 'PLANNING', 'AWAITING_APPROVAL', 'RUNNING']);
// The default Ajv validates draft-07 documents, the dialect outputSchema must be written in.
// Made on first use, so starting the mock builds no validator.
let draft7: Ajv | undefined;

export function publicRun(run: StoredRun, withEvents: boolean) {
  const { account, userId, selectedCustomerIntegrationIds, approvalToken, sequence, ...visible } = run;
  void account, void userId, void selectedCustomerIntegrationIds, void approvalToken, void sequence;
  return { ...visible, events: withEvents ? visible.events : [] };
}

function ownRun(store: IntentRunsStore, caller: IntentRunsCaller, runId: string): StoredRun {
  const run = store.runs.get(runId);
  if (!run || run.account !== caller.account) fail(404, `Run ${runId} not found`);
  return run;
}

function outputSchemaProblem(schema: unknown): string | undefined {
  if (schema === undefined) return undefined;
  try {
    draft7 ??= new Ajv({ strict: false });
    draft7.compile(schema as object);
    return undefined;
  } catch (error) {
    return `outputSchema must be a JSON Schema draft-7 document: ${(error as Error).message}`;
  }
}

/** Runs: created for an intent, approved, aborted, read, and watched as Server-Sent Events. */
export const handlers = {
  listRuns({ query, caller, store }) {
    const { page, pageSize } = query;
    const wanted = query.customerIntegrationIds ?? [];
    const found = [...store.runs.values()]
      .filter((run) => run.account === caller.account)
      .filter((run) => !query.status || run.status === query.status)
      .filter((run) => !query.userId || run.userId === query.userId)
      .filter((run) => wanted.length === 0 || run.selectedCustomerIntegrationIds.some((id) => id === '*' || wanted.includes(id)))
      .sort((a, b) => b.sequence - a.sequence);
    const data = found.slice((page - 1) * pageSize, page * pageSize).map((run) => publicRun(run, query.includeEvents));
    return { status: 200, body: { data, page, pageSize, total: found.length } };
  },

  createRun({ body, caller, store }) {
    const problem = outputSchemaProblem(body.outputSchema);
    if (problem) fail(400, problem);
    const now = store.environment.now();
    const repeatKey = body.repeatKey ?? `rk-${store.environment.uuid()}`;
    const repeated = body.repeatKey ? store.runs.get(store.runByRepeatKey.get(repeatKeyIndex(caller.account, body.repeatKey)) ?? '') : undefined;
    const needsApproval = (body.approvalStrategy ?? 'NONE') !== 'NONE';
    const run: StoredRun = {
      account: caller.account,
      userId: body.userId,
      selectedCustomerIntegrationIds: body.selectedCustomerIntegrationIds,
      sequence: ++store.sequence,
      runId: store.environment.uuid(),
      repeatKey,
      ...(repeated ? { repeatRunId: repeated.runId } : {}),
      status: needsApproval ? 'AWAITING_APPROVAL' : 'RUNNING',
      executionPlanId: store.environment.uuid(),
      events: [],
      intent: repeated && !body.intent ? repeated.intent : body.intent,
      context: body.context,
      createdAt: now,
      updatedAt: now,
    };
    addEvent(store, run, { type: 'STATUS_CHANGED', status: run.status, text: `Run ${run.status.toLowerCase()}` });
    if (needsApproval) {
      run.approvalToken = `apr_${store.environment.id('tok').replace(/\W/g, '')}`;
      addEvent(store, run, { type: 'APPROVAL_REQUESTED', text: `Approval requested: token ${run.approvalToken}` });
    }
    store.runs.set(run.runId, run);
    store.runByRepeatKey.set(repeatKeyIndex(caller.account, repeatKey), run.runId);
    return { status: 201, body: publicRun(run, true) };
  },

  approveRun({ query, caller, store }) {
    const run = [...store.runs.values()].find((candidate) => candidate.account === caller.account && candidate.approvalToken === query.token);
    if (!run) fail(404, 'Unknown or already used approval token');
    delete run.approvalToken;
    run.status = 'RUNNING';
    addEvent(store, run, { type: 'STATUS_CHANGED', status: 'RUNNING', text: 'Approved: run running' });
    return { status: 204, body: undefined };
  },

  getRun({ path, query, caller, store }) {
    return { status: 200, body: publicRun(ownRun(store, caller, path.runId), query.includeEvents === 'true') };
  },

  abortRun({ path, caller, store }) {
    const run = ownRun(store, caller, path.runId);
    if (!abortable.has(run.status)) fail(409, `Run ${run.runId} is ${run.status} and cannot be aborted`);
    run.status = 'ABORTED';
    delete run.approvalToken;
    addEvent(store, run, { type: 'STATUS_CHANGED', status: 'ABORTED', text: 'Run aborted' });
    // The documentation: 200 "Run successfully aborted", no content.
    return { status: 200, body: undefined };
  },

  streamRun({ path, query, caller, store }) {
    return streamRunEvents(store, ownRun(store, caller, path.runId), query.includeToolCalls === 'true');
  },
} satisfies IntentRunsHandlers<'listRuns' | 'createRun' | 'approveRun' | 'getRun' | 'abortRun' | 'streamRun'>;
