// The errors a service throws when it refuses. They carry what the caller needs to hear (which
// field, which article) and nothing about HTTP; the API turns them into problem+json
// (src/api/app.ts) and the CLI into exit code 2 with the field.
import type { Grond } from '../domain/beoordeling.ts';
import type { InvalidParam } from '../domain/invalid-param.ts';

export type OngeldigVeld = InvalidParam;

export class ServiceFout extends Error {
  readonly velden: OngeldigVeld[];
  readonly gronden: readonly Grond[];
  constructor(message: string, velden: OngeldigVeld[] = [], gronden: readonly Grond[] = []) {
    super(message);
    this.velden = velden;
    this.gronden = gronden;
  }
}

/** The input is wrong: name every field. */
export class OngeldigeInvoerFout extends ServiceFout {
  constructor(velden: OngeldigVeld[]) {
    super(velden.map((v) => `${v.name}: ${v.reason}`).join('; '), velden);
  }
}

export class NietGevondenFout extends ServiceFout {}

/** The caller may perform the handeling, but not on this object. */
export class GeenToegangFout extends ServiceFout {}

/** The request clashes with the current state (a duplicate, a stale version, a frozen document). */
export class ConflictFout extends ServiceFout {}

/** The law does not allow it; `gronden` say why. */
export class WettelijkGeweigerdFout extends ServiceFout {}
