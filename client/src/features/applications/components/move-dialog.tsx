import { type ApplicationStatus, applicationMoveBodySchema } from '@shsw/shared';
import { Button, DatePicker, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import type { ApplicationMoveBody } from '../api/move-application';

interface MoveDialogProps {
  /** The step to take; null keeps the dialog closed. */
  to: ApplicationStatus | null;
  /** The application it is for: a new one starts a fresh form even while the last one is still fading out. */
  applicationId: string | null;
  title: ReactNode;
  description?: ReactNode;
  submitLabel: string;
  /** Who reads the message: the applicant (employer's moves) or the employer (worker's moves). */
  messageHelp: string;
  onSubmit: (body: ApplicationMoveBody) => Promise<unknown>;
  onClose: () => void;
}

/**
 * Confirms one step of an application, with an optional message for the other side. An
 * interview also needs its time and place, which the applicant sees in their timeline.
 */
export function MoveDialog({
  to,
  applicationId,
  title,
  description,
  submitLabel,
  messageHelp,
  onSubmit,
  onClose,
}: MoveDialogProps) {
  const { t } = useTranslation();
  const body = useRef<HTMLDivElement>(null);
  // Focus on the first field once the dialog is open (the interview's date, not the optional message).
  const focusFirstField = (open: boolean) => {
    if (open) body.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  };
  return (
    <Modal
      open={to !== null}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      afterOpenChange={focusFirstField}
    >
      <div ref={body}>
        {description && <p>{description}</p>}
        {to && (
          <Form
            key={`${applicationId}-${to}`}
            schema={applicationMoveBodySchema}
            defaultValues={to === 'interview' ? { to, interview: { at: '', place: '' } } : { to }}
            submitLabel={submitLabel}
            actions={<Button onClick={onClose}>{t('common.cancel')}</Button>}
            aria-label={typeof title === 'string' ? title : undefined}
            onSubmit={async (body) => {
              await onSubmit(body);
              onClose();
            }}
          >
            {({ control }) => (
              <>
                {to === 'interview' && (
                  <>
                    <FormField
                      control={control}
                      name="interview.at"
                      label={t('applications.move.interviewAt')}
                      required
                    >
                      {({ field, id, invalid, describedBy }) => {
                        const value = typeof field.value === 'string' && field.value ? dayjs(field.value) : null;
                        return (
                          <DatePicker
                            id={id}
                            ref={field.ref}
                            showTime={{ format: 'HH:mm', minuteStep: 5 }}
                            format="YYYY-MM-DD HH:mm"
                            placeholder={t('interviewDialog.atPlaceholder')}
                            value={value?.isValid() ? value : null}
                            onChange={(date) => field.onChange(date ? date.second(0).format() : '')}
                            onBlur={field.onBlur}
                            disabledDate={(day) => day.isBefore(dayjs(), 'day')}
                            status={invalid ? 'error' : undefined}
                            aria-invalid={invalid || undefined}
                            aria-describedby={describedBy}
                            style={{ width: '100%' }}
                          />
                        );
                      }}
                    </FormField>
                    <FormField
                      control={control}
                      name="interview.place"
                      label={t('applications.move.interviewPlace')}
                      extra={t('applications.move.interviewPlaceHelp')}
                      required
                    >
                      {(binding) => <Input {...textInput(binding)} maxLength={200} />}
                    </FormField>
                  </>
                )}
                <FormField
                  control={control}
                  name="message"
                  label={
                    <>
                      {t('applications.move.message')} {t('common.optional')}
                    </>
                  }
                  extra={messageHelp}
                >
                  {(binding) => <Input.TextArea {...textInput(binding)} rows={3} maxLength={500} />}
                </FormField>
              </>
            )}
          </Form>
        )}
      </div>
    </Modal>
  );
}
