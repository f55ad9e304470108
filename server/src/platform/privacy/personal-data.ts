import type { PersonalDataSection, RetentionReason } from '@shsw/shared';

/** The person an export or an erasure is about. */
export interface DataSubject {
  userId: string;
  role: string;
  login: string;
  /** Their talent record (its id is the user's), when they have one. */
  profileId: string | null;
  /** Their organisation while they are a member. */
  orgId: string | null;
}

export interface ErasureContext {
  subject: DataSubject;
  /**
   * A random id that stands for the person in what is kept (anonymous statistics facts, the
   * audit log). Stored only on the account until the account row itself is deleted.
   */
  pseudonym: string;
  now: Date;
}

export type ExportPolicy =
  /** The section's content in the export (always present; empty when there is nothing). */
  | { read: (subject: DataSubject) => Promise<unknown> }
  /** Why this collection adds nothing to the export. */
  | { none: string };

export type ErasurePolicy =
  /**
   * Run when the account is deleted; returns how many documents it touched. Lower `order` runs
   * first (statistics read what they keep before the records go; the account row goes last, so a
   * deletion interrupted half-way can simply be repeated).
   */
  | { how: 'erase' | 'anonymise'; run: (ctx: ErasureContext) => Promise<number>; order?: number }
  /** Done by another mechanism, named here (an event subscriber, a later background step). */
  | { how: 'erase' | 'anonymise'; via: string }
  /** Kept as it is, with the reason and how much of it there is for this person. */
  | { how: 'keep'; reason: RetentionReason; count: (subject: DataSubject) => Promise<number> };

/**
 * How one stored collection (a mongoose model) treats personal data. Every registered model has
 * exactly one declaration; `tests/integration/personal-data-registry.test.ts` finds the models
 * whose schemas hold a person's id and fails when one is undeclared.
 */
export type PersonalDataDeclaration =
  | {
      model: string;
      personal: true;
      section: PersonalDataSection;
      export: ExportPolicy;
      erasure: ErasurePolicy;
      /** For anonymised sections: why what remains is kept. */
      keptBecause?: RetentionReason;
    }
  | { model: string; personal: false; why: string };

export interface ErasureLine {
  section: PersonalDataSection;
  how: 'erase' | 'anonymise' | 'keep';
  count: number;
  reason: RetentionReason | null;
}

/** The declarations of every module, gathered by the composition root. */
export class PersonalDataRegistry {
  readonly declarations: readonly PersonalDataDeclaration[];

  constructor(declarations: readonly PersonalDataDeclaration[]) {
    const seen = new Set<string>();
    for (const d of declarations) {
      if (seen.has(d.model)) throw new Error(`personal data of ${d.model} is declared twice`);
      seen.add(d.model);
    }
    this.declarations = declarations;
  }

  of(model: string): PersonalDataDeclaration | undefined {
    return this.declarations.find((d) => d.model === model);
  }

  /** Every section of the export, in declaration order. */
  async exportAll(subject: DataSubject): Promise<Partial<Record<PersonalDataSection, unknown>>> {
    const sections: Partial<Record<PersonalDataSection, unknown>> = {};
    for (const d of this.declarations) {
      if (d.personal && 'read' in d.export) sections[d.section] = await d.export.read(subject);
    }
    return sections;
  }

  /** Runs every erasure in order; returns a line per section that held something. */
  async eraseAll(ctx: ErasureContext): Promise<ErasureLine[]> {
    const personal = this.declarations.filter((d) => d.personal);
    const runs = personal
      .map((d) => ({ d, e: d.erasure }))
      .filter((x): x is typeof x & { e: Extract<ErasurePolicy, { run: unknown }> } => 'run' in x.e)
      .sort((a, b) => (a.e.order ?? 0) - (b.e.order ?? 0));
    const lines: ErasureLine[] = [];
    // One line per section and outcome: collections feeding the same section add up.
    const add = (line: ErasureLine) => {
      if (line.count === 0) return;
      const same = lines.find((l) => l.section === line.section && l.how === line.how);
      if (same) same.count += line.count;
      else lines.push(line);
    };
    for (const { d, e } of runs) {
      add({ section: d.section, how: e.how, count: await e.run(ctx), reason: d.keptBecause ?? null });
    }
    for (const d of personal) {
      if (d.erasure.how !== 'keep') continue;
      add({ section: d.section, how: 'keep', count: await d.erasure.count(ctx.subject), reason: d.erasure.reason });
    }
    return lines;
  }
}
