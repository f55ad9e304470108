export { type NotificationDoc, NotificationModel } from './notification.model.js';
export { effectiveEmail, NotificationEmail } from './notification-email.js';
export {
  remindContinuingEducation,
  remindExpiringPositions,
  subscribeNotificationTriggers,
} from './notification-triggers.js';
export { notificationsPersonalData } from './notifications.personal-data.js';
export { registerNotificationRoutes } from './notifications.router.js';
export { type NewNotification, NotificationsService, presentNotification } from './notifications.service.js';
export { UnsubscribeTokens } from './unsubscribe-tokens.js';
