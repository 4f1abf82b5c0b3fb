// Leerroute's own theme: the committed CSS is what the tokens build to, every reference resolves,
// and the colour pairs the pages use meet WCAG 2.1 AA contrast (1.4.3 text, 1.4.11 non-text).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bouwCss, contrast, los, type Tokens } from '../../web/thema/tokens.ts';

const tokens = JSON.parse(readFileSync(new URL('../../web/thema/tokens.json', import.meta.url), 'utf8')) as Tokens;
const kleur = (naam: string) => {
  const [groep, ...rest] = naam.split('.');
  return los(tokens, groep!, rest.join('.'));
};

/** Foreground, background, minimum: text needs 4.5:1, borders of controls 3:1. */
const PAREN: [string, string, number][] = [
  ['utrecht.document-color', 'utrecht.document-background-color', 4.5],
  ['utrecht.link-color', 'utrecht.document-background-color', 4.5],
  ['utrecht.form-field-description-color', 'utrecht.document-background-color', 4.5],
  ['utrecht.form-field-error-message-color', 'utrecht.document-background-color', 4.5],
  ['utrecht.button-primary-action-color', 'utrecht.button-primary-action-background-color', 4.5],
  ['utrecht.button-secondary-action-color', 'utrecht.document-background-color', 4.5],
  ['utrecht.button-secondary-action-border-color', 'utrecht.document-background-color', 3],
  ['utrecht.button-subtle-color', 'utrecht.document-background-color', 4.5],
  ['utrecht.skip-link-color', 'utrecht.skip-link-background-color', 4.5],
  ['utrecht.alert-info-color', 'utrecht.alert-info-background-color', 4.5],
  ['utrecht.alert-ok-color', 'utrecht.alert-ok-background-color', 4.5],
  ['utrecht.alert-warning-color', 'utrecht.alert-warning-background-color', 4.5],
  ['utrecht.alert-error-color', 'utrecht.alert-error-background-color', 4.5],
  ['utrecht.textbox-border-color', 'utrecht.textbox-background-color', 3],
  ['utrecht.textbox-invalid-border-color', 'utrecht.textbox-invalid-background-color', 3],
  ['utrecht.textbox-invalid-color', 'utrecht.textbox-invalid-background-color', 4.5],
  ['utrecht.select-border-color', 'utrecht.select-background-color', 3],
  ['utrecht.checkbox-border-color', 'utrecht.checkbox-background-color', 3],
  ['basis.focus-color', 'basis.focus-background-color', 4.5],
  // The house layout (app.css): header band, navigation, tinted panels and tags.
  ['lr-kleur.wit', 'lr-kleur.petrol-600', 4.5],
  ['utrecht.document-color', 'lr-kleur.grijs-100', 4.5],
  ['lr-kleur.grijs-500', 'lr-kleur.grijs-50', 4.5],
  ['lr-kleur.blauw-600', 'lr-kleur.grijs-100', 4.5],
  ['utrecht.document-color', 'lr-kleur.groen-100', 4.5],
  ['utrecht.document-color', 'lr-kleur.oranje-100', 4.5],
  ['utrecht.document-color', 'lr-kleur.rood-100', 4.5],
  ['lr-kleur.grijs-400', 'lr-kleur.wit', 3],
];

describe('Thema (design tokens)', () => {
  it('web/src/thema.css is what tokens.json builds to (run `npm run build:thema`)', () => {
    const css = readFileSync(new URL('../../web/src/thema.css', import.meta.url), 'utf8');
    expect(css).toBe(bouwCss(tokens));
  });

  it('every token resolves to a value, without loops or missing references', () => {
    for (const [groep, leden] of Object.entries(tokens)) {
      for (const naam of Object.keys(leden)) expect(los(tokens, groep, naam)).not.toMatch(/\{/);
    }
  });

  it('refuses a reference to a token that does not exist', () => {
    expect(() => los({ a: { b: { $value: '{a.c}' } } }, 'a', 'b')).toThrow(/a\.c bestaat niet/);
  });

  it('uses no brand colours of a government or municipality: only its own palette (lr-kleur)', () => {
    const css = bouwCss(tokens);
    expect(css).not.toMatch(/--(rhc|ams|rijkshuisstijl|amsterdam|utrecht-color|voorbeeld)-/);
  });

  it('computes WCAG contrast as the standard does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  for (const [voor, achter, minimum] of PAREN) {
    it(`${voor} op ${achter} haalt ${minimum}:1`, () => {
      expect(contrast(kleur(voor), kleur(achter))).toBeGreaterThanOrEqual(minimum);
    });
  }
});
