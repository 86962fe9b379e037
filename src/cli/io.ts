/** Where a command writes: injectable for tests. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  columns: number;
  stdin?: () => Promise<Uint8Array>;
}
