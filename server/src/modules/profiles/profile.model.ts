import type { ProfileComputed } from '@shsw/shared';
import mongoose from 'mongoose';
import { findByIds } from '../../platform/db/find-by-ids.js';
import { oneOf } from '../../platform/db/selectors.js';
import type { Sealed } from '../../platform/security/encryption.js';

const { Schema } = mongoose;
const str = { type: String, default: null };
/** Calendar dates are kept as ISO `YYYY-MM-DD` strings: they are days, not instants. */
const day = { type: String, default: null };

const profileSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true, unique: true },
    personal: {
      name: { type: String, default: '' },
      birthYear: { type: Number, default: null },
      gender: str,
      districtCode: str,
      streetCode: str,
      mobile: str,
      email: str,
    },
    idCard: {
      type: new Schema(
        {
          sealed: { v: Number, iv: String, tag: String, data: String },
          masked: String,
          consentedAt: Date,
        },
        { _id: false },
      ),
      default: null,
    },
    education: [
      {
        _id: false,
        id: String,
        level: String,
        school: String,
        major: String,
        field: String,
        graduationYear: Number,
        inProgress: Boolean,
      },
    ],
    certificates: [
      {
        _id: false,
        id: String,
        level: String,
        number: String,
        yearObtained: Number,
        registrationValidUntil: day,
        status: { type: String, default: 'claimed' },
        verifiedBy: str,
        decidedAt: { type: Date, default: null },
        decidedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
        refusalReason: str,
        claimedAt: Date,
      },
    ],
    training: [
      { _id: false, id: String, provider: String, year: Number, hours: Number, hasProof: Boolean, proofReference: str },
    ],
    continuingEducation: [{ _id: false, id: String, date: String, hours: Number, provider: String, topic: String }],
    serviceHistory: [
      {
        _id: false,
        id: String,
        organisationName: String,
        organisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
        domains: [String],
        role: String,
        from: String,
        to: day,
        hours: { type: Number, default: null },
        confirmedByEmployer: { type: Boolean, default: false },
        source: { type: String, default: 'self' },
      },
    ],
    serviceDomains: [String],
    skills: [String],
    talentCategory: str,
    communityWorker: { type: Boolean, default: false },
    languages: [String],
    wishes: {
      serviceDomains: [String],
      districtCodes: [String],
      salaryMin: { type: Number, default: null },
      employmentTypes: [String],
    },
    openToWork: { type: Boolean, default: false },
    /** Every change of openToWork with its time: statistics read supply "as of" a date from it. */
    openToWorkHistory: [{ _id: false, value: Boolean, at: Date }],
    visibility: { type: String, default: 'verified_orgs' },
    hideFrom: [String],
    declaredNone: [String],
    /** Derived by the shared rules on every write; kept for search, matching and statistics. */
    computed: { type: Schema.Types.Mixed, default: null },
    /** The cycle end the worker was last reminded of (continuing-education reminders go once per cycle). */
    ceReminderFor: { type: String, default: null },
    /**
     * A continuing-education reminder is due and not yet sent for this cycle. Top-level and indexed
     * so the daily job reads only these records (`computed.ce.reminderDue` is nested: a filter on it
     * read all 200,000 records on FerretDB). Kept by `withReminderFlag` wherever `computed` is set.
     */
    ceReminderPending: { type: Boolean, default: false },
    /** Bumped on every write: optimistic concurrency and the search outbox's version check. */
    version: { type: Number, default: 0 },
  },
  { timestamps: true, collection: 'profiles', minimize: false },
);

type Id = mongoose.Types.ObjectId;

/** The stored record as `.lean()` reads it. */
export interface ProfileDoc {
  _id: Id;
  userId: Id;
  personal: {
    name: string;
    birthYear: number | null;
    gender: string | null;
    districtCode: string | null;
    streetCode: string | null;
    mobile: string | null;
    email: string | null;
  };
  idCard: { sealed: Sealed; masked: string; consentedAt: Date } | null;
  education: {
    id: string;
    level: string;
    school: string;
    major: string;
    field: string;
    graduationYear: number;
    inProgress: boolean;
  }[];
  certificates: {
    id: string;
    level: string;
    number: string;
    yearObtained: number;
    registrationValidUntil: string | null;
    status: 'claimed' | 'verified' | 'refused';
    verifiedBy: 'registry' | 'manual' | null;
    decidedAt: Date | null;
    decidedBy: Id | null;
    refusalReason: string | null;
    claimedAt: Date;
  }[];
  training: {
    id: string;
    provider: string;
    year: number;
    hours: number;
    hasProof: boolean;
    proofReference: string | null;
  }[];
  continuingEducation: { id: string; date: string; hours: number; provider: string; topic: string }[];
  serviceHistory: {
    id: string;
    organisationName: string;
    organisationId: Id | null;
    domains: string[];
    role: string;
    from: string;
    to: string | null;
    hours: number | null;
    confirmedByEmployer: boolean;
    source: 'self' | 'platform_hire';
  }[];
  serviceDomains: string[];
  skills: string[];
  talentCategory: string | null;
  communityWorker: boolean;
  languages: string[];
  wishes: { serviceDomains: string[]; districtCodes: string[]; salaryMin: number | null; employmentTypes: string[] };
  openToWork: boolean;
  openToWorkHistory: { value: boolean; at: Date }[];
  visibility: 'public' | 'verified_orgs' | 'hidden';
  hideFrom: string[];
  declaredNone: string[];
  computed: ProfileComputed | null;
  ceReminderFor?: string | null;
  ceReminderPending?: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
profileSchema.index({ ceReminderPending: 1 });
export const ProfileModel = mongoose.model('Profile', profileSchema);

/** Whether the record waits for a continuing-education reminder (see `ceReminderPending`). */
export function ceReminderPending(profile: Pick<ProfileDoc, 'computed' | 'ceReminderFor'>): boolean {
  const ce = profile.computed?.ce;
  return Boolean(ce?.reminderDue && ce.cycleEnd && profile.ceReminderFor !== ce.cycleEnd);
}

/** Records by id (point lookups for short lists: see findByIds). */
export const profilesByIds = (ids: readonly unknown[]) =>
  findByIds<ProfileDoc>(ids, {
    one: (id) => ProfileModel.findById(id).lean<ProfileDoc>(),
    many: (list) => ProfileModel.find({ _id: oneOf(list) }).lean<ProfileDoc[]>(),
  });
