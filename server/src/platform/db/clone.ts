import mongoose from 'mongoose';

const { BSON } = mongoose.mongo;

/**
 * A deep copy of a lean document that keeps ObjectIds and Dates as they are (structuredClone
 * turns an ObjectId into a plain object, which then fails to cast on the next write).
 */
export function cloneDoc<T extends object>(doc: T): T {
  return BSON.deserialize(BSON.serialize(doc), { promoteValues: true, promoteBuffers: false }) as T;
}
