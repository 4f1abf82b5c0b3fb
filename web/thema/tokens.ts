// Leerroute's design tokens (tokens.json) turned into CSS custom properties. The tokens use the
// NL Design System names (basis-*, utrecht-*) so the white-label components pick them up; the
// colours are Leerroute's own palette (lr-kleur-*). Pure functions: bouw.ts writes the file,
// the tests check contrast and that the committed CSS is current.

export interface Token {
  $value: string;
  $type?: string;
}
export type Tokens = Record<string, Record<string, Token>>;

/** The CSS class that carries the theme; set on <body> in web/index.html. */
export const THEMA_KLASSE = 'lr-thema';

const VERWIJZING = /\{([a-z0-9-]+)\.([a-z0-9-]+)\}/g;

export function cssNaam(groep: string, naam: string): string {
  return `--${groep}-${naam}`;
}

/** A token value as CSS: references like {basis.color-x} become var(--basis-color-x). */
export function alsCss(waarde: string): string {
  return waarde.replace(VERWIJZING, (_, groep: string, naam: string) => `var(${cssNaam(groep, naam)})`);
}

/** Follows references to the literal value; throws on a reference to a token that does not exist. */
export function los(tokens: Tokens, groep: string, naam: string, gezien: string[] = []): string {
  const token = tokens[groep]?.[naam];
  if (!token) throw new Error(`Token ${groep}.${naam} bestaat niet (via ${gezien.join(' → ') || 'direct'})`);
  if (gezien.includes(`${groep}.${naam}`)) throw new Error(`Kringverwijzing: ${[...gezien, `${groep}.${naam}`].join(' → ')}`);
  return token.$value.replace(VERWIJZING, (_, g: string, n: string) => los(tokens, g, n, [...gezien, `${groep}.${naam}`]));
}

export function bouwCss(tokens: Tokens): string {
  const regels: string[] = [];
  for (const [groep, leden] of Object.entries(tokens)) {
    for (const [naam, token] of Object.entries(leden)) {
      if (naam.startsWith('$')) continue;
      regels.push(`  ${cssNaam(groep, naam)}: ${alsCss(token.$value)};`);
    }
  }
  return [
    '/* Generated from web/thema/tokens.json by `npm run build:thema`; do not edit. */',
    `.${THEMA_KLASSE} {`,
    ...regels,
    '}',
    '',
  ].join('\n');
}

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminantie(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) throw new Error(`Geen #rrggbb-kleur: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminantie(a), luminantie(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}
