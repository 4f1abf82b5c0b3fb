// Progress of a long command: a bar that redraws itself on a terminal, plain lines (throttled) when
// stderr is a file or a pipe, so a log holds no carriage returns or escape codes.
import { describe, expect, it } from 'vitest';
import { voortgang } from '../../src/cli/voortgang.ts';

function stroom(isTTY: boolean) {
  const geschreven: string[] = [];
  return { geschreven, stroom: { isTTY, write: (t: string) => geschreven.push(t) } as unknown as NodeJS.WriteStream };
}

describe('voortgang op de opdrachtregel', () => {
  it('tekent op een terminal een balk die zichzelf overschrijft, en wist die aan het eind', () => {
    const { geschreven, stroom: s } = stroom(true);
    const v = voortgang(s);
    v.meld(50, 100, '50 van 100 rijen');
    v.klaar();
    expect(geschreven[0]).toBe(`\r[${'#'.repeat(15)}${'.'.repeat(15)}] 50% 50 van 100 rijen\u001b[K`);
    expect(geschreven.at(-1)).toBe('\r\u001b[K');
  });

  it('schrijft zonder terminal gewone regels, hooguit één per twee seconden, zonder stuurtekens', () => {
    const { geschreven, stroom: s } = stroom(false);
    const v = voortgang(s);
    v.meld(1, 4, '1 van 4 rijen');
    v.meld(2, 4, '2 van 4 rijen');
    v.meld(3, null, 'bestand lezen');
    v.klaar();
    expect(geschreven).toEqual(['25% 1 van 4 rijen\n']);
    expect(geschreven.join('')).not.toContain('\r');
    expect(geschreven.join('')).not.toContain('\u001b');
  });
});
