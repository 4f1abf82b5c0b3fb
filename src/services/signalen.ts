// The coordinator's work queue: what the law asks on the peildatum that nobody has acted on yet.
// Every signal carries the grounds of the law-engine decision it comes from.
import type { Grond } from '../domain/beoordeling.ts';
import type { IsoDatum } from '../domain/scenario.ts';
import type { Toegang } from '../domain/toegang.ts';
import type { Store } from '../store/database.ts';
import { alleOverstappen } from '../store/reads.ts';
import { metToegang } from '../store/tenant.ts';
import { deelnemersMetStand } from './deelnemers.ts';

export interface Signaal {
  soort: 'overstap-zonder-dossier' | 'cursusduur-overschreden' | 'overstap-lang-open';
  titel: string;
  toelichting: string;
  deelnemer: { id: string; naam: string };
  leerroute: { id: string; naam: string; soort: string };
  gronden: readonly Grond[];
}

/** An overstap case open longer than this many days needs attention (issue: "open longer than 6 weeks"). */
const OVERSTAP_TERMIJN_DAGEN = 42;

const REDEN_TEKST: Record<string, string> = {
  beeindigd: 'is uit de leerroute gestapt',
  'afgewezen-eindexamen': 'is afgewezen voor het eindexamen vmbo',
  'geen-vmbo-diploma': 'heeft na het derde leerjaar van de doorlopende leerroute geen vmbo-diploma',
};

export async function lijstSignalen(store: Store, toegang: Toegang, peildatum: IsoDatum): Promise<Signaal[]> {
  const { metStand, overstappen } = await metToegang(store, toegang, async (tx) => ({
    metStand: await deelnemersMetStand(tx, toegang, peildatum),
    overstappen: await alleOverstappen(tx),
  }));
  const dossierVan = new Map(overstappen.map((o) => [o.deelnemerId, o]));
  const signalen: Signaal[] = [];
  for (const { deelnemer, leerroute, stand } of metStand) {
    const wie = { id: deelnemer.id, naam: `${deelnemer.roepnaam} ${deelnemer.achternaam}` };
    const route = { id: leerroute.id, naam: leerroute.naam, soort: leerroute.soort };
    const besluiten = stand.beoordeling.besluiten;
    const overstap = besluiten['deelnemer.overstapoptie'];
    const dossier = dossierVan.get(deelnemer.id);
    if (overstap?.uitkomst.vanToepassing && !dossier) {
      signalen.push({
        soort: 'overstap-zonder-dossier',
        titel: 'Overstapoptie zonder overstapdossier',
        toelichting: `${wie.naam} ${REDEN_TEKST[overstap.uitkomst.reden ?? ''] ?? 'heeft recht op een overstapoptie'}; er is nog geen overstapdossier geopend.`,
        deelnemer: wie,
        leerroute: route,
        gronden: overstap.gronden,
      });
    }
    if (stand.status === 'actief' && stand.leerjaar !== null && stand.leerjaar > leerroute.cursusduurJaren) {
      signalen.push({
        soort: 'cursusduur-overschreden',
        titel: 'Cursusduur overschreden',
        toelichting: `${wie.naam} zit in leerjaar ${stand.leerjaar}, terwijl de leerroute een cursusduur van ${leerroute.cursusduurJaren} jaar heeft.`,
        deelnemer: wie,
        leerroute: route,
        gronden: besluiten['leerroute.cursusduur'].gronden,
      });
    }
    if (dossier && dossier.status === 'open' && dagenTussen(dossier.geopendOp, peildatum) > OVERSTAP_TERMIJN_DAGEN) {
      signalen.push({
        soort: 'overstap-lang-open',
        titel: 'Overstapdossier langer dan zes weken open',
        toelichting: `Het overstapdossier van ${wie.naam} staat sinds ${dossier.geopendOp} open zonder beoordeling.`,
        deelnemer: wie,
        leerroute: route,
        gronden: overstap?.gronden ?? [],
      });
    }
  }
  return signalen;
}

function dagenTussen(van: IsoDatum, tot: IsoDatum): number {
  const ms = (d: IsoDatum) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((ms(tot) - ms(van)) / 86_400_000);
}
