/** The file as a whole cannot be read (empty, binary, wrong encoding, bad header): nothing in it is taken. */
export class CsvBestandFout extends Error {
  /** Line in the file where the problem shows, or null when it concerns the whole file. */
  readonly regel: number | null;
  readonly reden: string;
  constructor(reden: string, regel: number | null) {
    super(regel === null ? reden : `regel ${regel}: ${reden}`);
    this.reden = reden;
    this.regel = regel;
  }
}
