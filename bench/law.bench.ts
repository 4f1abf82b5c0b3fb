// Full beoordelingen per second on one core: every question, a realistic pupil with ten events.
// Run: node bench/law.bench.ts   (goal: at least 100,000/s)
import { beoordeel, controleerScenario } from '../src/law/index.ts';
import type { Scenario } from '../src/domain/scenario.ts';

const scenario: Scenario = {
  peildatum: '2027-10-01',
  leerroute: {
    soort: 'DLR',
    leerweg: 'kb',
    profiel: 'Z&W',
    profielenSchool: ['Z&W', 'E&O', 'BWI'],
    mbo: { soort: 'vakopleiding', studieduurJaren: 3, leerweg: 'BOL', crebo: '25655' },
    cursusduurJaren: 4,
    urenplan: { klokuren: 4100, begeleideOnderwijsuren: 2750, bpvUren: 520 },
    oudeUrennormen: true,
    verzorging: 'verticale-scholengemeenschap',
    bekostigd: true,
  },
  overeenkomst: { onderwerpen: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'j'], overdrachtBekostiging: true },
  deelnemer: {
    geboortedatum: '2010-05-02',
    startdatum: '2024-08-01',
    gebeurtenissen: [
      { datum: '2025-05-12', soort: 'ce-afgelegd', tijdvak: 1, vak: 'Nederlands' },
      { datum: '2025-06-30', soort: 'niet-bevorderd' },
      { datum: '2026-05-11', soort: 'ce-afgelegd', tijdvak: 1, vak: 'Nederlands' },
      { datum: '2026-05-13', soort: 'ce-afgelegd', tijdvak: 1, vak: 'Engels' },
      { datum: '2026-05-15', soort: 'ce-afgelegd', tijdvak: 1, vak: 'wiskunde' },
      { datum: '2026-06-16', soort: 'ce-afgelegd', tijdvak: 2, vak: 'Engels' },
      { datum: '2026-06-25', soort: 'vmbo-afgewezen' },
      { datum: '2026-08-18', soort: 'ce-afgelegd', tijdvak: 3, vak: 'Engels' },
      { datum: '2026-08-25', soort: 'vmbo-geslaagd' },
      { datum: '2028-06-30', soort: 'mbo-diploma' },
    ],
  },
};

const controle = controleerScenario(scenario);
if (!controle.ok) throw new Error(`bench scenario is ongeldig: ${JSON.stringify(controle.invalidParams)}`);

// Vary the peildatum so nothing can be cached between calls.
const peildata = ['2025-03-01', '2025-09-01', '2026-03-01', '2026-09-01', '2027-03-01', '2027-10-01', '2028-03-01', '2028-09-01'];
const scenarios = peildata.map((peildatum) => ({ ...scenario, peildatum }));

let sink = 0;
function ronde(n: number): void {
  for (let i = 0; i < n; i++) {
    const b = beoordeel(scenarios[i & 7]!);
    sink += b.besluiten['deelnemer.leerjaar']?.uitkomst ?? 0;
  }
}

ronde(50_000); // warm-up: let the JIT settle
let n = 0;
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
let verstreken = 0;
while (verstreken < 2.5) {
  ronde(10_000);
  n += 10_000;
  verstreken = Number(process.hrtime.bigint() - start) / 1e9;
}
const cpu = process.cpuUsage(cpuStart);
const perSeconde = Math.round(n / verstreken);
console.log(`beoordelingen/s: ${perSeconde}`);
// On a shared machine the wall clock also counts time spent waiting for a core; the process's own CPU
// time does not, so compare runs on this figure (docs/performance.md).
console.log(`beoordelingen per cpu-seconde: ${Math.round(n / ((cpu.user + cpu.system) / 1e6))}`);
if (sink < 0) console.log(sink);
