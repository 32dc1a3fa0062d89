import { createHash } from "node:crypto"

/** A stable id: the first 16 hex digits of the SHA-256 of its parts. Same input, same id, every run. */
export const stableId = (...parts: ReadonlyArray<string | number | null>): string =>
  createHash("sha256").update(parts.map((p) => (p === null ? "\u0000" : String(p))).join("\u001f")).digest("hex").slice(0, 16)

export const sha256Hex = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex")
