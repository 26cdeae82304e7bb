/** A usage problem (missing file, bad option): printed as one line, exit code 2. */
export class CliError extends Error {}
