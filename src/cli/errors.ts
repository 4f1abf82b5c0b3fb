/** Bad input on the command line or in a file: exit code 2, naming the field. */
export class CliInputError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}
