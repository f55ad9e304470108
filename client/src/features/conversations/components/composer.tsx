import { MESSAGE_MAX_LENGTH } from '@shsw/shared';
import { Alert, Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import styles from './messages.module.css';

/** Plain text up to 2,000 characters; Ctrl/⌘+Enter sends. */
export function Composer({
  onSend,
  pending,
  error,
  disabled,
  placeholder,
}: {
  onSend: (text: string) => Promise<unknown>;
  pending: boolean;
  error: unknown;
  disabled?: boolean;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const errorMessage = useApiErrorMessage();
  const [text, setText] = useState('');
  const trimmed = text.trim();
  const send = async () => {
    if (!trimmed || pending) return;
    await onSend(trimmed);
    setText('');
  };
  return (
    <div className={styles.composer}>
      {error ? <Alert type="error" showIcon title={errorMessage(error)} /> : null}
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={MESSAGE_MAX_LENGTH}
        showCount
        autoSize={{ minRows: 2, maxRows: 8 }}
        disabled={disabled}
        placeholder={placeholder ?? t('messages.composer.placeholder')}
        aria-label={t('messages.composer.label')}
        data-testid="message-input"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void send().catch(() => undefined);
          }
        }}
      />
      <div className={styles.composerActions}>
        <Button
          type="primary"
          loading={pending}
          disabled={disabled || !trimmed}
          onClick={() => void send().catch(() => undefined)}
          data-testid="message-send"
        >
          {t('messages.composer.send')}
        </Button>
      </div>
    </div>
  );
}
