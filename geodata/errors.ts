/** A failure the user can fix (wrong folder, missing field, unknown code): printed as one message, no stack. */
export class GeodataError extends Error {
  override name = 'GeodataError';
}
