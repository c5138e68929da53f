// Mapshaper ships no type declarations; this covers the one entry point the pipeline uses.
declare module 'mapshaper' {
  /** Runs mapshaper commands (an array of command-line tokens) and resolves with the output files by name. */
  export function applyCommands(
    commands: string | readonly string[],
    input?: Record<string, string | Uint8Array>,
  ): Promise<Record<string, Uint8Array | string>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
