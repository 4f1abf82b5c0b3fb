// Generates the JSON schemas of the API's answers from the types the services return
// (src/api/antwoorden.ts), with the TypeScript checker, so the schema cannot leave out a field the
// service sends: Fastify's serializer drops every property its schema does not name.
//   node tools/antwoordschemas.ts           writes src/api/antwoordschemas.generated.ts
//   node tools/antwoordschemas.ts --check   exits 1 when the committed file is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

type Schema = Record<string, unknown>;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BRON = `${ROOT}src/api/antwoorden.ts`;
export const DOEL = `${ROOT}src/api/antwoordschemas.generated.ts`;

/**
 * Fields whose content is any JSON by design, each with the reason: the audit trail keeps a record's
 * state as it was, whatever its shape then; the data of an agreement's onderdeel has one shape per
 * onderdeel (its request schema, GEGEVENS_SCHEMA); a difference or a fact holds any field's value;
 * a job's result is the report of its kind of job.
 */
const VRIJ = [
  /^Auditrecords\.data\[\]\.(voor|na|details)\{\}$/,
  /\.onderdelen\{\}\.gegevens\{\}$/,
  /^OvereenkomstVerschil\.(algemeen|onderdelen\[\]\.velden)\[\]\.(voor|na)$/,
  /^Uitleg\.feiten\{\}$/,
  /^Taak\.resultaat\{\}$/,
];

export function genereer(): string {
  const config = ts.getParsedCommandLineOfConfigFile(`${ROOT}tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('tsconfig.json niet leesbaar');
  const program = ts.createProgram([BRON], config.options);
  const checker = program.getTypeChecker();
  const bron = program.getSourceFile(BRON);
  if (!bron) throw new Error(`${BRON} niet gevonden`);

  const gedeeld = new Map<string, Schema>();
  const naamVan = new Map<ts.Type, string>();
  const bezig = new Set<ts.Type>();
  const fouten: string[] = [];

  /** Interfaces and type aliases of the domain and the law are shared schemas of their own. */
  function gedeeldeNaam(type: ts.Type): string | null {
    const symbool = type.aliasSymbol ?? type.getSymbol();
    if (!symbool || (type.aliasTypeArguments?.length ?? 0) > 0) return null;
    const declaratie = symbool.declarations?.[0];
    if (!declaratie || !(ts.isInterfaceDeclaration(declaratie) || ts.isTypeAliasDeclaration(declaratie))) return null;
    if (ts.isInterfaceDeclaration(declaratie) && declaratie.typeParameters?.length) return null;
    const bestand = declaratie.getSourceFile().fileName;
    if (!/\/src\/(domain|law)\//.test(bestand)) return null;
    return symbool.getName();
  }

  function isUndefined(t: ts.Type) {
    return (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) !== 0;
  }

  function schemaVan(type: ts.Type, pad: string, metNaam = true): Schema {
    if (metNaam) {
      const naam = gedeeldeNaam(type);
      if (naam) {
        const bekend = naamVan.get(type);
        if (bekend) return { $ref: `${bekend}#` };
        let uniek = naam;
        for (let i = 2; gedeeld.has(uniek); i++) uniek = `${naam}${i}`;
        naamVan.set(type, uniek);
        gedeeld.set(uniek, {});
        gedeeld.set(uniek, { $id: uniek, ...schemaVan(type, naam, false) });
        return { $ref: `${uniek}#` };
      }
    }
    const f = type.flags;
    if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
      if (!VRIJ.some((r) => r.test(pad))) fouten.push(`${pad}: type ${checker.typeToString(type)} zegt niets over de vorm`);
      return {};
    }
    if (f & ts.TypeFlags.Null) return { type: 'null' };
    if (f & ts.TypeFlags.StringLiteral) return { type: 'string', enum: [(type as ts.StringLiteralType).value] };
    if (f & ts.TypeFlags.NumberLiteral) return { type: 'number', enum: [(type as ts.NumberLiteralType).value] };
    if (f & ts.TypeFlags.BooleanLiteral) return { type: 'boolean', enum: [checker.typeToString(type) === 'true'] };
    if (f & ts.TypeFlags.String) return { type: 'string' };
    if (f & ts.TypeFlags.Number) return { type: 'number' };
    if (f & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (type.isUnion()) return vereniging(type.types.filter((t) => !isUndefined(t)), pad);
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const elementen = checker.getTypeArguments(type as ts.TypeReference);
      const items = checker.isTupleType(type) ? vereniging([...elementen], `${pad}[]`) : schemaVan(elementen[0]!, `${pad}[]`);
      return { type: 'array', items };
    }
    if (type.getSymbol()?.getName() === 'Date') return { type: 'string', format: 'date-time' };
    if (f & ts.TypeFlags.Object || type.isIntersection()) {
      if (bezig.has(type)) {
        fouten.push(`${pad}: een naamloos type verwijst naar zichzelf`);
        return {};
      }
      bezig.add(type);
      try {
        return object(type, pad);
      } finally {
        bezig.delete(type);
      }
    }
    fouten.push(`${pad}: type ${checker.typeToString(type)} wordt niet ondersteund`);
    return {};
  }

  function vereniging(delen: ts.Type[], pad: string): Schema {
    const schemas = delen.map((t) => schemaVan(t, pad));
    if (schemas.length === 1) return schemas[0]!;
    // true | false is boolean; literals and null become one enum, primitives and null one type list.
    const eenvoudig = schemas.every((s) => typeof s.type === 'string' && Object.keys(s).every((k) => k === 'type' || k === 'enum'));
    if (eenvoudig) {
      const soorten = [...new Set(schemas.map((s) => s.type as string))];
      const waarden = (soort: string) => schemas.filter((s) => s.type === soort).flatMap((s) => (s.enum as unknown[] | undefined) ?? ['*']);
      const open = (soort: string) => waarden(soort).includes('*') || (soort === 'boolean' && new Set(waarden(soort)).size === 2);
      const nietNull = soorten.filter((s) => s !== 'null');
      const type = soorten.length === 1 ? soorten[0] : soorten;
      if (nietNull.every(open)) return { type };
      if (!nietNull.some(open)) return { type, enum: [...nietNull.flatMap(waarden), ...(soorten.includes('null') ? [null] : [])] };
    }
    return { anyOf: schemas };
  }

  function object(type: ts.Type, pad: string): Schema {
    const eigenschappen = checker.getPropertiesOfType(type);
    const index = checker.getIndexInfoOfType(type, ts.IndexKind.String);
    if (eigenschappen.length === 0 && index) return { type: 'object', additionalProperties: schemaVan(index.type, `${pad}{}`) };
    if (eigenschappen.length === 0 && checker.getSignaturesOfType(type, ts.SignatureKind.Call).length > 0) {
      fouten.push(`${pad}: een functie is geen JSON`);
      return {};
    }
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const e of eigenschappen) {
      const eType = checker.getTypeOfSymbol(e);
      if (checker.getSignaturesOfType(eType, ts.SignatureKind.Call).length > 0) continue;
      const optioneel = (e.flags & ts.SymbolFlags.Optional) !== 0 || (eType.isUnion() && eType.types.some(isUndefined)) || isUndefined(eType);
      properties[e.name] = schemaVan(eType, `${pad}.${e.name}`);
      if (!optioneel) required.push(e.name);
    }
    const uit: Schema = { type: 'object', additionalProperties: index ? schemaVan(index.type, `${pad}{}`) : false, properties };
    if (required.length) uit.required = required;
    return uit;
  }

  const antwoorden: Schema[] = [];
  const eerderGezien = new Map<string, string>();
  for (const stelling of bron.statements) {
    if (!ts.isTypeAliasDeclaration(stelling) || !stelling.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    const naam = stelling.name.text;
    const type = checker.getTypeAtLocation(stelling.name);
    const schema = schemaVan(type, naam, false);
    // Answers of the same shape (the leerroute after each change) point to the first of their name.
    const sleutel = JSON.stringify(schema);
    const eerder = eerderGezien.get(sleutel);
    if (eerder) antwoorden.push({ $id: naam, $ref: `${eerder}#` });
    else antwoorden.push({ $id: naam, ...schema });
    eerderGezien.set(sleutel, eerder ?? naam);
  }
  if (fouten.length) throw new Error(`Geen volledig schema:\n${fouten.join('\n')}`);

  const alle = [...gedeeld.values(), ...antwoorden];
  return [
    '// Generated by `npm run genereer:api` (tools/antwoordschemas.ts) from src/api/antwoorden.ts. Do not edit.',
    '',
    `export type Antwoordnaam =\n${antwoorden.map((a) => `  | '${String(a.$id)}'`).join('\n')};`,
    '',
    `export const antwoordSchemas: readonly Record<string, unknown>[] = ${JSON.stringify(alle, null, 2)};`,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tekst = genereer();
  if (process.argv.includes('--check')) {
    if (readFileSync(DOEL, 'utf8') !== tekst) {
      console.error(`${DOEL} is verouderd: voer npm run genereer:api uit.`);
      process.exit(1);
    }
  } else {
    writeFileSync(DOEL, tekst);
  }
}
