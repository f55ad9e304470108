import {
  MAX_SAVED_SEARCHES,
  type NotificationPreferences,
  type SavedSearch,
  savedSearchQuerySchema,
} from '@shsw/shared';
import mongoose from 'mongoose';
import { insertClaims } from '../../platform/db/db-errors.js';
import { oneOf } from '../../platform/db/selectors.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import type { Logger } from '../../platform/logger.js';
import { EmbeddedSearchEngine, type SearchDocument } from '../../platform/search/index.js';
import type { NotificationsService } from '../notifications/index.js';
import { POSITIONS_INDEX, placeBoost, positionsIndex, understandQuery } from '../search/index.js';
import { matchesFilters, type SavedQuery } from './query-match.js';
import {
  type SavedSearchDoc,
  type SavedSearchHitDoc,
  SavedSearchHitModel,
  SavedSearchModel,
} from './saved-search.model.js';

interface Registered {
  id: string;
  userId: string;
  name: string;
  query: SavedQuery;
  frequency: 'instant' | 'daily';
}

export function presentSavedSearch(s: SavedSearchDoc): SavedSearch {
  return {
    id: String(s._id),
    name: s.name,
    query: s.query,
    frequency: s.frequency,
    lastNotifiedAt: s.lastNotifiedAt?.toISOString() ?? null,
    createdAt: s.createdAt.toISOString(),
  };
}

/**
 * Saved position searches and their alerts. Every saved query lives in memory too, so a newly
 * published position is checked against all of them in process — filters first, then the text
 * against a one-document index with the real engine's semantics — never by re-running each
 * search against the engine.
 */
export class SavedSearchesService {
  private registry = new Map<string, Registered>();
  private readonly scratch = new EmbeddedSearchEngine({ queryCache: false });
  private matching: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly notifications: NotificationsService,
    private readonly log: Logger,
  ) {}

  /** Loads every saved query (start-up, and a periodic refresh for changes made on other nodes). */
  async load(): Promise<number> {
    await this.scratch.ensureIndex(positionsIndex);
    const all = await SavedSearchModel.find().lean<SavedSearchDoc[]>();
    const next = new Map<string, Registered>();
    for (const s of all) {
      const query = savedSearchQuerySchema.safeParse(s.query);
      if (query.success)
        next.set(String(s._id), {
          id: String(s._id),
          userId: String(s.userId),
          name: s.name,
          query: query.data,
          frequency: s.frequency,
        });
    }
    this.registry = next;
    // The owners' notification preferences are read ahead, so a publish that alerts a thousand of
    // them does not wait on a thousand reads.
    const owners = new Set([...next.values()].filter((s) => s.frequency === 'instant').map((s) => s.userId));
    void this.notifications.warmPreferences([...owners]);
    return next.size;
  }

  async list(userId: string): Promise<SavedSearch[]> {
    const rows = await SavedSearchModel.find({ userId }).sort({ createdAt: 1 }).lean<SavedSearchDoc[]>();
    return rows.map(presentSavedSearch);
  }

  async create(
    userId: string,
    body: { name: string; query: SavedQuery; frequency: 'instant' | 'daily' },
  ): Promise<SavedSearch> {
    const count = await SavedSearchModel.countDocuments({ userId });
    if (count >= MAX_SAVED_SEARCHES) {
      throw new AppError('conflict', `at most ${MAX_SAVED_SEARCHES} saved searches; delete one first`, {
        reason: 'limit',
      });
    }
    const doc: SavedSearchDoc = {
      _id: new mongoose.Types.ObjectId(),
      userId: new mongoose.Types.ObjectId(userId),
      name: body.name,
      query: body.query as SavedSearchDoc['query'],
      frequency: body.frequency,
      lastNotifiedAt: null,
      createdAt: new Date(),
    };
    await SavedSearchModel.create(doc);
    this.registry.set(String(doc._id), {
      id: String(doc._id),
      userId,
      name: body.name,
      query: body.query,
      frequency: body.frequency,
    });
    return presentSavedSearch(doc);
  }

  async update(
    userId: string,
    id: string,
    patch: { name?: string | undefined; frequency?: 'instant' | 'daily' | undefined },
  ) {
    const set = {
      ...(patch.name ? { name: patch.name } : {}),
      ...(patch.frequency ? { frequency: patch.frequency } : {}),
    };
    const doc = await SavedSearchModel.findOneAndUpdate(
      { _id: id, userId },
      { $set: set },
      { returnDocument: 'after' },
    ).lean<SavedSearchDoc>();
    if (!doc) throw notFound('saved search');
    const registered = this.registry.get(id);
    if (registered) this.registry.set(id, { ...registered, ...set });
    return presentSavedSearch(doc);
  }

  async remove(userId: string, id: string): Promise<void> {
    const result = await SavedSearchModel.deleteOne({ _id: id, userId });
    if (result.deletedCount !== 1) throw notFound('saved search');
    this.registry.delete(id);
  }

  async removeAllOf(userId: string): Promise<void> {
    await SavedSearchModel.deleteMany({ userId });
    for (const [id, s] of this.registry) if (s.userId === userId) this.registry.delete(id);
  }

  /** The saved searches a position document satisfies (one match at a time: the scratch index is shared). */
  matchesFor(doc: SearchDocument, now = new Date()): Promise<Registered[]> {
    const run = this.matching.then(async () => {
      const candidates = [...this.registry.values()].filter((s) => matchesFilters(doc, s.query, now));
      const textual = candidates.filter((s) => s.query.q);
      if (textual.length === 0) return candidates;
      await this.scratch.clear(POSITIONS_INDEX);
      await this.scratch.upsert(POSITIONS_INDEX, [doc]);
      const matched: Registered[] = candidates.filter((s) => !s.query.q);
      for (const s of textual) {
        // Read as the search reads it; a place named in the text is a condition here: an alert for
        // "闵行 儿童" is about positions in 闵行 (the search ranks them first; the rest are not news).
        const understood = understandQuery(s.query.q, s.query.places);
        const boost = placeBoost(understood.places, { district: 'districtCode', street: 'streetCode' });
        if (boost && !boost.values.includes(String(doc[boost.field] ?? ''))) continue;
        if (!understood.text) {
          matched.push(s);
          continue;
        }
        const r = await this.scratch.search(POSITIONS_INDEX, {
          q: understood.text,
          filters: [],
          facets: [],
          offset: 0,
          limit: 0,
        });
        if (r.total > 0) matched.push(s);
      }
      return matched;
    });
    this.matching = run.catch(() => undefined);
    return run;
  }

  /**
   * A position was published: instant searches notify now, daily ones wait for the digest. Each
   * (search, position) pair is claimed once, so nothing is ever announced twice.
   */
  async onPublished(
    doc: SearchDocument,
    prefs: (userIds: string[]) => Promise<Map<string, NotificationPreferences>>,
  ): Promise<number> {
    const started = performance.now();
    const matched = await this.matchesFor(doc);
    if (matched.length === 0) return 0;
    const matchedAt = performance.now();
    const now = new Date();
    const claims: SavedSearchHitDoc[] = matched.map((s) => ({
      _id: `${s.id}:${doc.id}`,
      searchId: new mongoose.Types.ObjectId(s.id),
      userId: new mongoose.Types.ObjectId(s.userId),
      positionId: doc.id,
      title: String(doc.title ?? ''),
      frequency: s.frequency,
      createdAt: now,
      notifiedAt: s.frequency === 'instant' ? now : null,
    }));
    const claimed = await this.claim(claims);
    const claimedAt = performance.now();
    const instant = matched.filter((s) => s.frequency === 'instant' && claimed.has(`${s.id}:${doc.id}`));
    if (instant.length === 0) return 0;
    const userPrefs = await prefs([...new Set(instant.map((s) => s.userId))]);
    // One notification per worker even when several of their searches match the same position.
    const byUser = new Map<string, Registered>();
    for (const s of instant) if (!byUser.has(s.userId)) byUser.set(s.userId, s);
    const stored = await this.notifications.notifyEach(
      [...byUser.values()].map((s) => {
        const prefsOf = userPrefs.get(s.userId);
        return {
          userId: s.userId,
          ...(prefsOf ? { prefs: prefsOf } : {}),
          notification: {
            type: 'saved_search_match' as const,
            data: {
              searchId: s.id,
              searchName: s.name,
              positionId: doc.id,
              positionTitle: String(doc.title ?? ''),
              orgName: String(doc.orgName ?? ''),
            },
            link: `/positions/${doc.id}`,
          },
        };
      }),
    );
    const sent = stored.length;
    const ms = (t: number) => Math.round(t);
    this.log.info(
      {
        positionId: doc.id,
        matched: matched.length,
        sent,
        matchMs: ms(matchedAt - started),
        claimMs: ms(claimedAt - matchedAt),
        notifyMs: ms(performance.now() - claimedAt),
      },
      'saved-search alerts sent',
    );
    await SavedSearchModel.updateMany(
      { _id: oneOf(instant.map((s) => s.id)) },
      { $set: { lastNotifiedAt: now } },
    ).catch((err: unknown) => this.log.warn({ err }, 'saved search lastNotifiedAt'));
    return sent;
  }

  /** Inserts the claims in one round trip; the ones already there (another node, a second event) are not ours. */
  private async claim(claims: SavedSearchHitDoc[]): Promise<Set<string>> {
    const refused = await insertClaims(SavedSearchHitModel.collection, claims);
    return new Set(claims.filter((_, i) => !refused.has(i)).map((c) => c._id));
  }

  /** The daily job: one digest per search with what matched since the last one; each hit goes out once. */
  async sendDigests(): Promise<number> {
    const pending = await SavedSearchHitModel.find({ frequency: 'daily', notifiedAt: null }).lean<
      SavedSearchHitDoc[]
    >();
    const bySearch = new Map<string, SavedSearchHitDoc[]>();
    for (const h of pending) bySearch.set(String(h.searchId), [...(bySearch.get(String(h.searchId)) ?? []), h]);
    let sent = 0;
    const now = new Date();
    for (const [searchId, hits] of bySearch) {
      // Claim the hits first: a concurrent run sends nothing for the ones it could not claim.
      const claimed: SavedSearchHitDoc[] = [];
      for (const h of hits) {
        const r = await SavedSearchHitModel.updateOne({ _id: h._id, notifiedAt: null }, { $set: { notifiedAt: now } });
        if (r.modifiedCount === 1) claimed.push(h);
      }
      const first = claimed[0];
      if (!first) continue;
      const search = this.registry.get(searchId);
      await this.notifications.notify([{ userId: String(first.userId) }], {
        type: 'saved_search_digest',
        data: {
          searchId,
          searchName: search?.name ?? '',
          count: claimed.length,
          titles: claimed
            .slice(0, 5)
            .map((h) => h.title)
            .join('、'),
        },
        link: search ? `/positions?${new URLSearchParams(queryParams(search.query))}` : '/positions',
      });
      await SavedSearchModel.updateOne({ _id: searchId }, { $set: { lastNotifiedAt: now } });
      sent += 1;
    }
    return sent;
  }
}

/** A saved query back as search-page URL parameters. */
export function queryParams(q: SavedQuery): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(q)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) for (const v of value) out.push([key, String(v)]);
    else out.push([key, String(value)]);
  }
  return out;
}
