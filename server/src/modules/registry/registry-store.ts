import crypto from 'node:crypto';
import mongoose from 'mongoose';
import { FileChunkModel } from './registry.model.js';
import { FileProblem } from './registry-file.js';

/** Bytes per stored piece of an uploaded file: far under any document limit, 80 pieces for 20 MB. */
export const CHUNK_BYTES = 256 * 1024;
/** Pieces per insert command, so one insert carries at most 2 MB. */
const CHUNKS_PER_INSERT = 8;

const chunkId = (importId: mongoose.Types.ObjectId, seq: number) => `${String(importId)}:${seq}`;

/** Stores the file in pieces; returns how many. */
export async function storeFile(importId: mongoose.Types.ObjectId, bytes: Buffer): Promise<number> {
  const count = Math.ceil(bytes.length / CHUNK_BYTES);
  for (let first = 0; first < count; first += CHUNKS_PER_INSERT) {
    const docs = [];
    for (let seq = first; seq < Math.min(count, first + CHUNKS_PER_INSERT); seq += 1) {
      docs.push({
        _id: chunkId(importId, seq),
        importId,
        seq,
        data: bytes.subarray(seq * CHUNK_BYTES, (seq + 1) * CHUNK_BYTES),
      });
    }
    await FileChunkModel.collection.insertMany(docs as never[], { ordered: true });
  }
  return count;
}

const asBuffer = (data: unknown): Buffer => {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof mongoose.mongo.Binary) {
    const bytes = data.buffer;
    return Buffer.from(bytes.buffer, bytes.byteOffset, data.length());
  }
  throw new Error('a stored file piece is not binary');
};

/**
 * The stored file, piece by piece in order (one point lookup each), checked against its SHA-256
 * at the end: a missing or altered piece fails the import rather than writing a wrong registry.
 */
export async function* fileChunks(
  importId: mongoose.Types.ObjectId,
  count: number,
  sha256: string,
): AsyncGenerator<Buffer> {
  const hash = crypto.createHash('sha256');
  for (let seq = 0; seq < count; seq += 1) {
    const doc = await FileChunkModel.collection.findOne({ _id: chunkId(importId, seq) as never });
    if (!doc) throw new FileProblem('processing_failed', 'the stored file is incomplete');
    const data = asBuffer(doc.data);
    hash.update(data);
    yield data;
  }
  if (hash.digest('hex') !== sha256) throw new FileProblem('processing_failed', 'the stored file was altered');
}

/** The stored file whole (an XLSX is a zip, read from its end), at most the upload limit. */
export async function loadFile(importId: mongoose.Types.ObjectId, count: number, sha256: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of fileChunks(importId, count, sha256)) parts.push(part);
  return Buffer.concat(parts);
}

export async function deleteFile(importId: mongoose.Types.ObjectId): Promise<void> {
  await FileChunkModel.deleteMany({ importId });
}
