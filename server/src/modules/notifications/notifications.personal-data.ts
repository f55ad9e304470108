import mongoose from 'mongoose';
import { oneOf } from '../../platform/db/selectors.js';
import type { PersonalDataDeclaration } from '../../platform/privacy/personal-data.js';
import { User } from '../accounts/index.js';
import { type ApplicationDoc, ApplicationModel } from '../applications/index.js';
import { type NotificationDoc, NotificationModel } from './notification.model.js';
import type { NotificationsService } from './notifications.service.js';

/** Notification types that tell an organisation about one application. */
const aboutAnApplication = ['application_submitted', 'offer_answered'];

export function notificationsPersonalData(notifications: NotificationsService): PersonalDataDeclaration[] {
  return [
    {
      model: 'Notification',
      personal: true,
      section: 'notifications',
      export: {
        async read(subject) {
          const items = await NotificationModel.find({ userId: new mongoose.Types.ObjectId(subject.userId) })
            .sort({ _id: 1 })
            .lean<NotificationDoc[]>();
          return items.map((n) => ({
            type: n.type,
            data: n.data,
            link: n.link,
            createdAt: n.createdAt,
            readAt: n.readAt,
          }));
        },
      },
      // Before the applications go: organisations' notices about them point at the person too.
      erasure: {
        how: 'erase',
        order: -1,
        run: async ({ subject }) => {
          notifications.forget(subject.userId);
          const { deletedCount: own } = await NotificationModel.deleteMany({ userId: subject.userId });
          const applications = await ApplicationModel.find({ workerUserId: subject.userId }, { _id: 1, orgId: 1 }).lean<
            Pick<ApplicationDoc, '_id' | 'orgId'>[]
          >();
          let others = 0;
          const byOrg = new Map<string, string[]>();
          for (const a of applications)
            byOrg.set(String(a.orgId), [...(byOrg.get(String(a.orgId)) ?? []), String(a._id)]);
          for (const [orgId, ids] of byOrg) {
            for (const member of await User.find({ orgId }, { _id: 1 }).lean<{ _id: unknown }[]>()) {
              const { deletedCount } = await NotificationModel.deleteMany({
                userId: member._id as mongoose.Types.ObjectId,
                type: oneOf(aboutAnApplication),
                'data.applicationId': oneOf(ids),
              });
              others += deletedCount;
            }
          }
          return own + others;
        },
      },
    },
  ];
}
