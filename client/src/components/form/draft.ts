/**
 * A new list entry with only some fields filled, for `useFieldArray().append`: the blanks are
 * what the person fills in, and the schema reports any left blank when the form is sent.
 */
export function draft<T>(partial: Partial<T>): T {
  return partial as T;
}
