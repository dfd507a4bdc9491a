import { signWebhook, WEBHOOK_SIGNATURE_HEADER } from '../../../client/webhooks.ts';
import type { Scenario } from '../../scenario.ts';
import { workflowWithApproval } from './fixtures.ts';

export const signedIngress: Scenario = {
  title: 'A webhook subscription returns its signing secret once; a correctly signed ingress starts a run, a wrong signature is 401, a deleted subscription none',
  async run(test) {
    const workflow = await workflowWithApproval(test);
    const created = await test.call('createInboundWebhook', { body: { workflow_id: workflow.id, name: test.unique('hook') } });
    const subscription = test.status(created, 201, 'the subscription is created');
    test.that(created, typeof subscription?.signing_secret === 'string' && typeof subscription?.ingress_url === 'string', JSON.stringify(Object.keys(subscription ?? {})), 'ingress_url, signing_secret and subscription');
    const listed = await test.call('listInboundWebhooks', {});
    test.that(listed, !(listed.response?.text ?? '').includes(subscription.signing_secret), 'the signing secret in the list', 'the secret only in the create response');
    const payload = JSON.stringify({ email: 'lead@example.org', form: 'contact' });
    const signature = await signWebhook(payload, subscription.signing_secret);
    const bearer = test.session.identities.a.Authorization ?? test.session.identities.a.authorization ?? '';
    const ingress = (value: string) => test.call('ingestInboundWebhook', { path: { id: subscription.id }, rawBody: payload, rawHeaders: { Authorization: bearer, [WEBHOOK_SIGNATURE_HEADER]: value, 'content-type': 'application/json' } });
    test.status(await ingress(`sha256=${'0'.repeat(64)}`), 401, 'a wrong signature is refused');
    const accepted = await ingress(signature);
    const started = test.status(accepted, 202, 'a valid signature starts a run');
    const runs = await test.call('listWorkflowRuns', { path: { id: workflow.id } });
    const found = test.status(runs, 200, 'the workflow\'s runs are listed')?.data?.find((run: { id: string }) => run.id === started.run_id);
    test.that(runs, found?.trigger_type === 'webhook', JSON.stringify(found), `run ${started.run_id} with trigger_type webhook`);
    test.status(await test.call('deleteInboundWebhook', { path: { id: subscription.id } }), 204, 'the subscription is deleted');
    const afterDelete = await ingress(signature);
    const refused = afterDelete.response !== undefined && afterDelete.response.status >= 400 && afterDelete.response.status < 500;
    test.that(afterDelete, refused, String(afterDelete.response?.status), 'a 4xx (404 where the subscription is looked up): a deleted subscription starts no run');
  },
};
