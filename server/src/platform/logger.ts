import { pino } from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string, name = 'shsw'): Logger {
  return pino({
    name,
    level,
    // Personal data must never reach the logs, even by accident.
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        '*.password',
        '*.idCard',
      ],
      censor: '[redacted]',
    },
  });
}
