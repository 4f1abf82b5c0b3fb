// A setting from the environment that cannot be used, naming the setting. Apart from config.ts so
// that a service reading its own setting need not import the whole configuration.
export class ConfigError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}
