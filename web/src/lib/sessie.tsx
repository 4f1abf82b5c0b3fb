// Who is logged in, for the whole UI: loaded once from GET /api/v1/sessie, updated on login and
// logout. What a role may see comes from the same pure table the API enforces (src/domain/toegang.ts).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { toegangVoor, type Handeling } from '../../../src/domain/toegang.ts';
import { ApiFout, haal, verwijder, zetCsrfToken } from './api.ts';
import type { Sessie, SessieGebruiker } from './types.ts';

interface SessieWaarde {
  /** False until the first GET /sessie has answered. */
  geladen: boolean;
  gebruiker: SessieGebruiker | null;
  ingelogd(sessie: Sessie): void;
  uitloggen(): Promise<void>;
}

const SessieContext = createContext<SessieWaarde>({
  geladen: false,
  gebruiker: null,
  ingelogd: () => undefined,
  uitloggen: async () => undefined,
});

// Asked as soon as this module runs, not after React mounted and the page's chunk arrived: the
// first page waits for the session before it asks for its data, so this saves a round trip's wait.
let vroegeSessie: Promise<Sessie> | null = haal<Sessie>('/sessie');
vroegeSessie.catch(() => undefined);

function sessieOphalen(): Promise<Sessie> {
  const vroeg = vroegeSessie;
  vroegeSessie = null;
  return vroeg ?? haal<Sessie>('/sessie');
}

export function SessieProvider({ children }: { children: ReactNode }) {
  const [geladen, setGeladen] = useState(false);
  const [gebruiker, setGebruiker] = useState<SessieGebruiker | null>(null);

  useEffect(() => {
    let actief = true;
    sessieOphalen().then(
      (s) => {
        if (!actief) return;
        zetCsrfToken(s.csrfToken);
        setGebruiker(s.gebruiker);
        setGeladen(true);
      },
      (e: unknown) => {
        if (!actief) return;
        // 401: nobody logged in. Anything else: treat as anonymous too; pages say what failed.
        if (!(e instanceof ApiFout)) console.error(e);
        setGebruiker(null);
        setGeladen(true);
      },
    );
    return () => {
      actief = false;
    };
  }, []);

  const ingelogd = useCallback((s: Sessie) => {
    zetCsrfToken(s.csrfToken);
    setGebruiker(s.gebruiker);
    setGeladen(true);
  }, []);

  const uitloggen = useCallback(async () => {
    try {
      await verwijder('/sessie');
    } finally {
      zetCsrfToken(null);
      setGebruiker(null);
    }
  }, []);

  const waarde = useMemo(() => ({ geladen, gebruiker, ingelogd, uitloggen }), [geladen, gebruiker, ingelogd, uitloggen]);
  return <SessieContext.Provider value={waarde}>{children}</SessieContext.Provider>;
}

export function useSessie(): SessieWaarde {
  return useContext(SessieContext);
}

/** May this user perform `handeling` at all (at one or more instellingen)? */
export function mag(gebruiker: SessieGebruiker | null, handeling: Handeling | null): boolean {
  if (handeling === null) return true;
  return gebruiker != null && toegangVoor(gebruiker, handeling) !== null;
}

/** Only paths of this app, never another site (the login page's ?terug=). */
export function veiligTerug(pad: string | null): string {
  return pad && /^\/(?![/\\])/.test(pad) && !pad.startsWith('/inloggen') ? pad : '/';
}
