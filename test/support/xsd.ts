// Validates XML against Leerroute's own RIO schema with libxml2's xmllint (compiled to wasm).
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';

const schema = readFileSync(new URL('../../src/exchange/schemas/rio-v4-aanleveren-aangeboden-opleiding.xsd', import.meta.url), 'utf8');

export async function valideerRio(xml: string): Promise<{ valid: boolean; fouten: string[] }> {
  const r = await validateXML({ xml: [{ fileName: 'bericht.xml', contents: xml }], schema: [{ fileName: 'rio.xsd', contents: schema }] });
  return { valid: r.valid, fouten: r.errors.map((e) => e.rawMessage) };
}
