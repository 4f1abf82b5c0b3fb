// The one shape of a refused field, everywhere: the law's objections, the services' refusals, the
// API's `invalid-params` (RFC 9457), the CLI's exit 2 and the UI's error summary.
export interface InvalidParam {
  /** Dot path of the field as the caller's input names it, e.g. `rollen[0].instellingId`. */
  name: string;
  /** In Dutch, to be read after the field's name. */
  reason: string;
}
