export function Laden({ tekst = 'Gegevens worden geladen…' }: { tekst?: string }) {
  return (
    <p className="lr-laden" role="status" aria-live="polite">
      <span className="lr-laden__draaier" aria-hidden="true" />
      {tekst}
    </p>
  );
}
