// Progress of a long command on stderr: a bar that redraws itself on a terminal, plain lines
// (at most one every two seconds) when stderr goes to a file or a pipe. Stdout stays for results.
export interface Voortgang {
  meld(gedaan: number, totaal: number | null, tekst: string): void;
  klaar(): void;
}

export function voortgang(stroom: NodeJS.WriteStream = process.stderr): Voortgang {
  const tty = Boolean(stroom.isTTY);
  let laatst = 0;
  let getekend = false;
  return {
    meld(gedaan, totaal, tekst) {
      const nu = Date.now();
      if (nu - laatst < (tty ? 100 : 2000)) return;
      laatst = nu;
      const deel = totaal ? Math.min(1, gedaan / totaal) : null;
      if (tty) {
        const breedte = 30;
        const balk = deel === null ? '' : `[${'#'.repeat(Math.round(deel * breedte)).padEnd(breedte, '.')}] ${Math.floor(deel * 100)}% `;
        stroom.write(`\r${balk}${tekst}\u001b[K`);
        getekend = true;
      } else {
        stroom.write(`${deel === null ? '' : `${Math.floor(deel * 100)}% `}${tekst}\n`);
      }
    },
    klaar() {
      if (getekend) stroom.write('\r\u001b[K');
    },
  };
}
