import crypto from 'node:crypto';

/** An AES-256-GCM ciphertext as stored: base64 parts, with the key version for rotation. */
export interface Sealed {
  v: 1;
  iv: string;
  tag: string;
  data: string;
}

/** Encrypts sensitive personal information (ID-card numbers) at rest. */
export class FieldCipher {
  private readonly key: Buffer;

  constructor(secret: string) {
    // Derived, so the configured secret may be any high-entropy string.
    this.key = Buffer.from(crypto.hkdfSync('sha256', secret, 'shsw-field-cipher', 'aes-256-gcm v1', 32));
  }

  seal(plain: string): Sealed {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return {
      v: 1,
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      data: data.toString('base64'),
    };
  }

  open(sealed: Sealed): string {
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
  }
}
