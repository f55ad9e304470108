export { ConversationModel } from './conversation.model.js';
export { ConversationReportsService } from './conversation-reports.service.js';
export { ConversationViews } from './conversation-views.js';
export { subscribeConversationTriggers } from './conversations.events.js';
export { conversationsPersonalData } from './conversations.personal-data.js';
export { registerConversationRoutes } from './conversations.router.js';
export { ConversationsService, shanghaiDayStart } from './conversations.service.js';
export { MessageModel } from './message.model.js';
