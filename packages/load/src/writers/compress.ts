/** Compressors for the Parquet codecs hyparquet-writer does not build in, from node:zlib. */
import * as zlib from "node:zlib"

export const gzipSync = (input: Uint8Array): Uint8Array => new Uint8Array(zlib.gzipSync(input))

type Zstd = (b: Uint8Array) => Buffer
const zstd = (zlib as unknown as { zstdCompressSync?: Zstd }).zstdCompressSync

/** ZSTD needs Node ≥ 22.15 (node:zlib zstd); on older Node the choice is refused with a clear message. */
export const zstdAvailable = typeof zstd === "function"

export function zstdCompressSync(input: Uint8Array): Uint8Array {
  if (!zstd) throw new Error("zstd compression needs Node.js 22.15 or newer; use --compression snappy or gzip")
  return new Uint8Array(zstd(input))
}
