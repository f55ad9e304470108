import mongoose from 'mongoose';

/** A unique index refused the write (E11000), on MongoDB and FerretDB alike. */
export function isDuplicateKey(err: unknown): boolean {
  return err instanceof mongoose.mongo.MongoServerError && err.code === 11000;
}

/** Whether a string is a valid ObjectId (ids from URLs are validated by zod; this guards internal ones). */
export function isObjectId(id: string): boolean {
  return /^[0-9a-f]{24}$/i.test(id);
}
