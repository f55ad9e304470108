import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/*
 * antd's InputNumber draws its up/down steppers with @rc-component/input-number, which hard-codes their
 * aria-label as "Increase Value"/"Decrease Value" (StepHandler.js); neither antd's locale nor any prop reaches
 * it, so a Chinese page announced English buttons. Rather than wrap every number field in the app (and every
 * one added later), the labels are rewritten in the current language wherever a stepper appears. React never
 * writes the attribute again: its own value for it never changes.
 */

const STEPPER = '.ant-input-number-action-up, .ant-input-number-action-down';

function relabel(root: ParentNode, labels: { up: string; down: string }): void {
  for (const stepper of root.querySelectorAll<HTMLElement>(STEPPER)) {
    const label = stepper.classList.contains('ant-input-number-action-up') ? labels.up : labels.down;
    if (stepper.getAttribute('aria-label') !== label) stepper.setAttribute('aria-label', label);
  }
}

/** Keeps every number field's steppers labelled in the interface language. */
export function useLocalisedNumberSteppers(): void {
  const { t } = useTranslation();
  const up = t('a11y.increaseValue');
  const down = t('a11y.decreaseValue');
  useEffect(() => {
    const labels = { up, down };
    relabel(document, labels);
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (
            node instanceof Element &&
            (node.matches(STEPPER) || node.getElementsByClassName('ant-input-number-action').length > 0)
          ) {
            relabel(node.parentNode ?? node, labels);
          }
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [up, down]);
}
