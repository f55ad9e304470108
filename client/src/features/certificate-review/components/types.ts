import type { certificateQueueItemSchema } from '@shsw/shared';
import type { z } from 'zod';

export type CertificateQueueItem = z.infer<typeof certificateQueueItemSchema>;
