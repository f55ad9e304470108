import { Button, Input, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { textInput } from './form/adapters';
import { Form } from './form/form';
import { FormField } from './form/form-field';

type ReasonSchema = z.ZodType<{ reason: string }, { reason: string }>;

interface ReasonDialogProps {
  open: boolean;
  title: ReactNode;
  /** What the reason is for and who reads it. */
  description?: ReactNode;
  /** The `reason` part of the shared decision schema. */
  schema: ReasonSchema;
  label: string;
  submitLabel: string;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/** A refusal or rejection needs a reason the other side will read; asked for in a dialog. */
export function ReasonDialog({
  open,
  title,
  description,
  schema,
  label,
  submitLabel,
  onSubmit,
  onClose,
}: ReasonDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={title} onCancel={onClose} footer={null} destroyOnHidden>
      {description && <p>{description}</p>}
      <Form
        schema={schema}
        defaultValues={{ reason: '' }}
        submitLabel={submitLabel}
        actions={<Button onClick={onClose}>{t('common.cancel')}</Button>}
        onSubmit={async ({ reason }) => {
          await onSubmit(reason);
          onClose();
        }}
      >
        {({ control }) => (
          <FormField control={control} name="reason" label={label} required>
            {(binding) => <Input.TextArea {...textInput(binding)} rows={4} maxLength={500} showCount autoFocus />}
          </FormField>
        )}
      </Form>
    </Modal>
  );
}
