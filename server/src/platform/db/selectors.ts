import mongoose from 'mongoose';

/**
 * Query selectors the code writes itself. mongoose's `sanitizeFilter` wraps every other object
 * with `$` keys in `$eq`, so a value that came from a request can never act as an operator;
 * ours have to be marked trusted to keep working.
 */
export function trusted<T extends object>(selector: T): T {
  return mongoose.trusted(selector) as T;
}

export const oneOf = <T>(values: readonly T[]) => trusted({ $in: [...values] });
export const noneOf = <T>(values: readonly T[]) => trusted({ $nin: [...values] });
export const not = <T>(value: T) => trusted({ $ne: value });
export const atMost = <T>(value: T) => trusted({ $lte: value });
export const before = <T>(value: T) => trusted({ $lt: value });
export const atLeast = <T>(value: T) => trusted({ $gte: value });
export const between = <T>(from: T, to: T) => trusted({ $gte: from, $lte: to });
export const after = <T>(value: T) => trusted({ $gt: value });
