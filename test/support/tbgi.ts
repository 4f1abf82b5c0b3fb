// DUO's funding feedback (TBG-i) made from an RO file, for the tests that reconcile one.

/** A TBG-i file as DUO would send it when BRON holds exactly the RO file: the ISP in force on the teldatum per inschrijving. */
export function tbgiUitRo(ro: string, teldatum: string): string {
  const iso = (d: string) => {
    const [dag, maand, jaar] = d.split('-');
    return `${jaar}-${maand!.padStart(2, '0')}-${dag!.padStart(2, '0')}`;
  };
  const inschrijvingen = new Map<string, { brin: string; bsn: string; onr: string; volgnummer: string; datum: string; isp: string[] | null }>();
  let brin = '';
  for (const regel of ro.split('\r\n')) {
    const v = regel.split(';');
    if (v[0] === 'VLP') brin = v[1]!;
    if (v[0] === 'ISG') inschrijvingen.set(`${v[1]}|${v[2]}|${v[3]}`, { brin, bsn: v[1]!, onr: v[2]!, volgnummer: v[3]!, datum: iso(v[4]!), isp: null });
    if (v[0] === 'ISP' && iso(v[4]!) <= teldatum) inschrijvingen.get(`${v[1]}|${v[2]}|${v[3]}`)!.isp = v;
  }
  const nil = (naam: string, w: string) => (w ? `<${naam}>${w}</${naam}>` : `<${naam} xsi:nil="true"/>`);
  const delen = [...inschrijvingen.values()]
    .filter((i) => i.isp)
    .map(
      (i) => `\t<Inschrijving>
\t\t<BRIN>${i.brin}</BRIN>
\t\t${nil('Burgerservicenummer', i.bsn)}
\t\t${nil('Onderwijsnummer', i.onr)}
\t\t<Inschrijvingvolgnummer>${i.volgnummer}</Inschrijvingvolgnummer>
\t\t<DatumInschrijving>${i.datum}</DatumInschrijving>
\t\t<DatumUitschrijvingWerkelijk xsi:nil="true"/>
\t\t<Teldatum>
\t\t\t<Teldatum>${teldatum}</Teldatum>
\t\t\t<Opleidingcode>${i.isp![5]}</Opleidingcode>
\t\t\t<Leertraject>${i.isp![6]}</Leertraject>
\t\t\t${nil('Leerroutefase', i.isp![13]!)}
\t\t\t<IndicatieBekostigbaar>${i.isp![8] === 'J'}</IndicatieBekostigbaar>
\t\t\t<Bekostigingsstatus>true</Bekostigingsstatus>
\t\t</Teldatum>
\t</Inschrijving>`,
    );
  return `<?xml version="1.0" encoding="utf-8"?>\r\n<Bekostigingsgrondslagen xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\r\n${delen.join('\r\n')}\r\n</Bekostigingsgrondslagen>\r\n`;
}
