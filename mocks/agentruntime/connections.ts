import type { components } from '../../generated/agentruntime/schema.d.ts';
import { fail } from '../stateful/problems.ts';
import { documentedBody } from './catalog.ts';
import { connectionPage, createConnection, credentialMetadata, deleteConnection, findConnection, updateConnection } from './connection-records.ts';
import type { AgentRuntimeHandlers, AgentRuntimeResult, CallerContext } from './store.ts';

type Schemas = components['schemas'];
type GoogleService = Schemas['GoogleService'];

const googleConfig = documentedBody('getGoogleConnectConfig');
const whatsAppConfig = documentedBody('getWhatsAppConnectConfig');

function requireGoogleConnection(context: CallerContext, id: string): Schemas['Connection'] {
  const connection = findConnection(context, id);
  return connection && connection.provider === 'google' ? connection : fail(404, `Google connection ${id} not found`, { code: 'not_found' });
}

const knownGoogleServices: GoogleService[] = ['gmail', 'calendar', 'drive', 'sheets'];

/** Which Google services a connection has switched on, kept in its config. */
function googleServices(connection: Schemas['Connection']): Schemas['GoogleServicesUpdate']['services'] {
  return (connection.config.services ?? {}) as Schemas['GoogleServicesUpdate']['services'];
}

function googleAccount(connection: Schemas['Connection']): Schemas['GoogleAccount'] {
  const switches = googleServices(connection);
  const services = knownGoogleServices.filter((service) => switches[service] !== undefined).map((service) => ({ service, enabled: switches[service] === true }));
  return { connection_id: connection.id, email: 'ops@acme.test', services };
}

export const handlers = {
  listConnections: (context): AgentRuntimeResult<'listConnections'> => ({ status: 200, body: connectionPage(context, context.query) }),
  createConnection: (context): AgentRuntimeResult<'createConnection'> => ({ status: 201, body: createConnection(context, context.body) }),
  updateConnection: (context): AgentRuntimeResult<'updateConnection'> => ({ status: 200, body: updateConnection(context, context.path.id, context.body) }),
  deleteConnection: (context): AgentRuntimeResult<'deleteConnection'> => {
    deleteConnection(context, context.path.id);
    return { status: 204, body: undefined };
  },
  getConnectionCredentials: (context): AgentRuntimeResult<'getConnectionCredentials'> => ({ status: 200, body: credentialMetadata(context, context.path.id) }),
  getGoogleConnectConfig: (): AgentRuntimeResult<'getGoogleConnectConfig'> => ({ status: 200, body: googleConfig() }),
  startGoogleOAuth: ({ body, store }): AgentRuntimeResult<'startGoogleOAuth'> => {
    const state = `st_${store.environment.id('s').replace(/\W/g, '')}`;
    store.oauthStates.add(state);
    return { status: 200, body: { url: `https://accounts.google.com/o/oauth2/v2/auth?scope=${encodeURIComponent(body.services.join(' '))}&state=${state}`, state } };
  },
  completeGoogleOAuth: (context): AgentRuntimeResult<'completeGoogleOAuth'> => {
    if (!context.store.oauthStates.delete(context.body.state)) fail(422, 'Unknown or expired OAuth state', { code: 'validation_failed' });
    const connection = createConnection(context, { name: 'Google', provider: 'google', config: { services: { gmail: true, calendar: false, drive: false, sheets: false } } });
    return { status: 201, body: connection };
  },
  getGoogleAccount: (context): AgentRuntimeResult<'getGoogleAccount'> => ({ status: 200, body: googleAccount(requireGoogleConnection(context, context.path.connectionId)) }),
  updateGoogleServices: (context): AgentRuntimeResult<'updateGoogleServices'> => {
    const connection = requireGoogleConnection(context, context.path.connectionId);
    connection.config = { ...connection.config, services: { ...googleServices(connection), ...context.body.services } };
    return { status: 200, body: googleAccount(connection) };
  },
  getWhatsAppConnectConfig: (): AgentRuntimeResult<'getWhatsAppConnectConfig'> => ({ status: 200, body: whatsAppConfig() }),
  completeWhatsAppSignup: (context): AgentRuntimeResult<'completeWhatsAppSignup'> => {
    const { phone_number_id, waba_id } = context.body;
    return { status: 201, body: createConnection(context, { name: 'WhatsApp', provider: 'whatsapp', config: { phone_number_id, waba_id } }) };
  },
  connectWhatsAppManually: (context): AgentRuntimeResult<'connectWhatsAppManually'> => {
    const { name, phone_number_id, waba_id, access_token } = context.body;
    return { status: 201, body: createConnection(context, { name: name ?? 'WhatsApp', provider: 'whatsapp', config: { phone_number_id, waba_id }, credentials: { access_token } }) };
  },
} satisfies AgentRuntimeHandlers<'listConnections' | 'createConnection' | 'getGoogleAccount' | 'updateGoogleServices' | 'completeGoogleOAuth' | 'getGoogleConnectConfig' | 'startGoogleOAuth' | 'completeWhatsAppSignup' | 'getWhatsAppConnectConfig' | 'connectWhatsAppManually' | 'deleteConnection' | 'updateConnection' | 'getConnectionCredentials'>;
