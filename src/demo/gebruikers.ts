// One demo user per role on the demo instellingen, all with one published password, so anyone
// trying Leerroute can see what each role may see. Never on a real server unless asked for
// (DEMO_GEBRUIKERS=ja); the `.demo` addresses cannot receive mail.
import { inArray } from 'drizzle-orm';
import type { Rol, Roltoewijzing } from '../domain/toegang.ts';
import type { Db, Store } from '../store/database.ts';
import { gebruikers, instellingen } from '../store/schema.ts';
import { DEMO_WACHTWOORD, gebruikerMetRollen, maakGebruiker, type RolMetInstelling } from '../services/toegang/index.ts';

/** Documented in the README; only ever valid for the `.demo` accounts below (the password policy refuses it elsewhere). */
export { DEMO_WACHTWOORD };

export interface DemoGebruiker {
  email: string;
  naam: string;
  /** Instelling by its demo name; null for a system role. */
  rollen: { rol: Rol; instelling: string | null }[];
}

export const DEMO_GEBRUIKERS: readonly DemoGebruiker[] = [
  { email: 'beheerder@roc.demo', naam: 'Ilse Brouwer', rollen: [{ rol: 'beheerder', instelling: 'ROC Oost-Betuwe' }] },
  { email: 'coordinator@rijnpoort.demo', naam: 'Jeroen Vermeulen', rollen: [{ rol: 'coordinator', instelling: 'Vakcollege De Rijnpoort' }] },
  { email: 'administratie@roc.demo', naam: 'Fatma Yıldız', rollen: [{ rol: 'administratie', instelling: 'ROC Oost-Betuwe' }] },
  { email: 'bestuurder@rijnpoort.demo', naam: 'Marleen de Haan', rollen: [{ rol: 'bestuurder', instelling: 'Vakcollege De Rijnpoort' }] },
  { email: 'mr@rijnpoort.demo', naam: 'Ahmed Benali', rollen: [{ rol: 'mr', instelling: 'Vakcollege De Rijnpoort' }] },
  { email: 'inspecteur@inspectie.demo', naam: 'Wouter Kramer', rollen: [{ rol: 'inspecteur', instelling: null }] },
  { email: 'functioneel-beheerder@leerroute.demo', naam: 'Noor Hoekstra', rollen: [{ rol: 'functioneel-beheerder', instelling: null }] },
  {
    email: 'coordinator@lindenhout.demo',
    naam: 'Sanne Willems',
    rollen: [
      { rol: 'coordinator', instelling: 'Lindenhout College' },
      { rol: 'coordinator', instelling: 'Scholengemeenschap De Brug' },
    ],
  },
];

const DEMO_EMAILS = DEMO_GEBRUIKERS.map((g) => g.email);

/**
 * Creates the demo users that do not exist yet (so a database from before this feature gets
 * them too). A user whose instelling is missing (e.g. DEMO=nee) is skipped. Returns how many
 * were created.
 */
export async function maakDemoGebruikers(store: Store): Promise<number> {
  const bestaand = new Set(
    (await store.db.select({ email: gebruikers.email }).from(gebruikers).where(inArray(gebruikers.email, DEMO_EMAILS))).map((r) => r.email),
  );
  const ontbrekend = DEMO_GEBRUIKERS.filter((g) => !bestaand.has(g.email));
  if (ontbrekend.length === 0) return 0;
  const namen = [...new Set(ontbrekend.flatMap((g) => g.rollen.map((r) => r.instelling)).filter((n): n is string => n != null))];
  const ids = new Map(
    namen.length === 0
      ? []
      : (await store.db.select({ id: instellingen.id, naam: instellingen.naam }).from(instellingen).where(inArray(instellingen.naam, namen))).map(
          (r) => [r.naam, r.id] as const,
        ),
  );
  let aangemaakt = 0;
  for (const g of ontbrekend) {
    if (g.rollen.some((r) => r.instelling !== null && !ids.has(r.instelling))) continue;
    const rollen: Roltoewijzing[] = g.rollen.map((r) => ({ rol: r.rol, instellingId: r.instelling === null ? null : ids.get(r.instelling)! }));
    await maakGebruiker(store, { email: g.email, naam: g.naam, wachtwoord: DEMO_WACHTWOORD, rollen }, 'systeem', { demo: true });
    aangemaakt += 1;
  }
  return aangemaakt;
}

export interface DemoGebruikerInfo {
  email: string;
  naam: string;
  rollen: RolMetInstelling[];
}

/** The demo users present in this database, in the order above (for one-click demo login). */
export async function aanwezigeDemoGebruikers(db: Db): Promise<DemoGebruikerInfo[]> {
  const rijen = await db.select({ id: gebruikers.id, email: gebruikers.email }).from(gebruikers).where(inArray(gebruikers.email, DEMO_EMAILS));
  const perEmail = new Map(rijen.map((r) => [r.email, r.id]));
  const uitkomst: DemoGebruikerInfo[] = [];
  for (const email of DEMO_EMAILS) {
    const id = perEmail.get(email);
    if (!id) continue;
    const g = await gebruikerMetRollen(db, id);
    if (g) uitkomst.push({ email: g.email, naam: g.naam, rollen: g.rollen });
  }
  return uitkomst;
}
