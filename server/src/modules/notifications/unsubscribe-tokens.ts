import crypto from 'node:crypto';
import { type NotificationType, notificationTypes } from '@shsw/shared';

/**
 * Unsubscribe links: `<userId>.<type>.<signature>`, an HMAC under a key derived from the server
 * secret. They need no sign-in and never expire (an old mail's link still works), and a link
 * only ever turns off the one type of mail it came with.
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(crypto.hkdfSync('sha256', secret, 'shsw-unsubscribe', 'mail unsubscribe v1', 32));
  }

  private sign(userId: string, type: string): string {
    return crypto.createHmac('sha256', this.key).update(`${userId}.${type}`).digest('base64url');
  }

  issue(userId: string, type: NotificationType): string {
    return `${userId}.${type}.${this.sign(userId, type)}`;
  }

  verify(token: string): { userId: string; type: NotificationType } | null {
    const [userId, type, signature, ...rest] = token.split('.');
    if (!userId || !type || !signature || rest.length > 0 || !/^[0-9a-f]{24}$/.test(userId)) return null;
    if (!(notificationTypes as readonly string[]).includes(type)) return null;
    const expected = Buffer.from(this.sign(userId, type));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
    return { userId, type: type as NotificationType };
  }
}
