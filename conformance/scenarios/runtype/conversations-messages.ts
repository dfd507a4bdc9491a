import type { Scenario } from '../../scenario.ts';

export const conversationMessages: Scenario = {
  title: "A conversation keeps its messages in order, oldest first, and a deleted conversation is gone",
  async run(test) {
    const conversation = test.status(await test.call('createConversation', test.request('createConversation')), 201, 'the conversation is created');
    for (const [role, content] of [['user', 'Where is my order?'], ['assistant', 'It ships today.'], ['user', 'Thanks!']]) {
      test.status(await test.call('addConversationMessage', { path: { id: conversation.id }, body: { role, content } }), 201, 'the message is added');
    }
    const list = await test.call('listConversationMessages', { path: { id: conversation.id } });
    const contents = test.status(list, 200, 'the messages list answers')?.data?.map((message: { content: string }) => message.content);
    test.that(list, JSON.stringify(contents) === JSON.stringify(['Where is my order?', 'It ships today.', 'Thanks!']), JSON.stringify(contents), 'the three messages, oldest first');
    test.status(await test.call('deleteConversation', { path: { id: conversation.id } }), 204, 'the conversation is deleted');
    test.status(await test.call('getConversation', { path: { id: conversation.id } }), 404, 'a deleted conversation is not found');
    test.status(await test.call('listConversationMessages', { path: { id: conversation.id } }), 404, "a deleted conversation's messages are gone");
  },
};
