import type { RunflowHandlers, StoredCard, StoredTab } from './store.ts';

function publicCard({ tenant, sequence, ...card }: StoredCard) {
  void tenant;
  void sequence;
  return card;
}

function publicTab(tab: StoredTab) {
  return { id: tab.id, name: tab.name, sortOrder: tab.sortOrder };
}

/** The seed's idempotency key of a card: (agentId, eventName, cardType, aggregation, propertyKey). */
function cardIdentity(card: Pick<StoredCard, 'tenant' | 'agentId' | 'cardType' | 'config'>): string {
  return JSON.stringify([card.tenant, card.agentId, card.config.eventName, card.cardType, card.config.aggregation ?? null, card.config.propertyKey ?? null]);
}

/** Dashboard cards and tabs: listed per agent, upserted by their identity. */
export const handlers = {
  listDashboardCards({ query, caller, store }) {
    const cards = [...store.cards.values()]
      .filter((card) => card.tenant === caller.tenant && card.agentId === query.agentId)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.sequence - b.sequence)
      .map(publicCard);
    return { status: 200, body: { success: true, total: cards.length, cards } };
  },

  upsertDashboardCard({ body, caller, store }) {
    const identity = cardIdentity({ tenant: caller.tenant, ...body });
    const existing = [...store.cards.values()].find((card) => cardIdentity(card) === identity);
    if (existing) {
      const updated: StoredCard = {
        ...existing,
        title: body.title,
        config: body.config,
        tabId: body.tabId ?? existing.tabId ?? null,
        ...(body.gridLayout ? { gridLayout: body.gridLayout } : {}),
        sortOrder: body.sortOrder ?? existing.sortOrder,
      };
      store.cards.set(existing.id, updated);
      return { status: 200, body: { success: true, created: false, id: existing.id, card: publicCard(updated) } };
    }
    const siblings = [...store.cards.values()].filter((card) => card.tenant === caller.tenant && card.agentId === body.agentId);
    const card: StoredCard = {
      tenant: caller.tenant,
      sequence: ++store.sequence,
      id: store.environment.id('card'),
      agentId: body.agentId,
      title: body.title,
      cardType: body.cardType,
      config: body.config,
      sortOrder: body.sortOrder ?? siblings.length,
      tabId: body.tabId ?? null,
      ...(body.gridLayout ? { gridLayout: body.gridLayout } : {}),
    };
    store.cards.set(card.id, card);
    return { status: 201, body: { success: true, created: true, id: card.id, card: publicCard(card) } };
  },

  listDashboardTabs({ query, caller, store }) {
    const tabs = [...store.tabs.values()]
      .filter((tab) => tab.tenant === caller.tenant && tab.agentId === query.agentId)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name))
      .map(publicTab);
    return { status: 200, body: { success: true, total: tabs.length, tabs } };
  },

  upsertDashboardTab({ body, caller, store }) {
    const existing = [...store.tabs.values()].find((tab) => tab.tenant === caller.tenant && tab.agentId === body.agentId && tab.name === body.name);
    if (existing) {
      if (body.sortOrder !== undefined && body.sortOrder !== existing.sortOrder) existing.sortOrder = body.sortOrder;
      return { status: 200, body: { success: true, created: false, id: existing.id, tab: publicTab(existing) } };
    }
    const siblings = [...store.tabs.values()].filter((tab) => tab.tenant === caller.tenant && tab.agentId === body.agentId);
    const tab: StoredTab = { tenant: caller.tenant, agentId: body.agentId, id: store.environment.id('tab'), name: body.name, sortOrder: body.sortOrder ?? siblings.length };
    store.tabs.set(tab.id, tab);
    return { status: 201, body: { success: true, created: true, id: tab.id, tab: publicTab(tab) } };
  },
} satisfies RunflowHandlers<'listDashboardCards' | 'upsertDashboardCard' | 'listDashboardTabs' | 'upsertDashboardTab'>;
