// The AgentRuntime entry point: its client, its two live feeds and its webhook signatures.
// The client lives apart from this file so that the feeds can import it without a circle.
export * from './agentruntime-client.ts';
export { openWorkflowStream, streamAutopilot, type StreamAutopilotOptions, type WorkflowStreamOptions } from './agentruntime-streams.ts';
export { signWebhook, verifyWebhook, WEBHOOK_SIGNATURE_HEADER } from './webhooks.ts';
