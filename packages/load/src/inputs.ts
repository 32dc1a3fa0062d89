/**
 * The input documents of a run: regular files under the given folders or the given files,
 * in a stable order. What cannot be a document (a FIFO, a socket, a device, a name that is
 * not UTF-8, an unreadable folder, a symlink out of the input folder, our own output folder)
 * is skipped and listed with its reason, never a reason to stop the run.
 */
import * as fs from "node:fs"
import * as path from "node:path"

export interface InputFile {
  /** Absolute path. */
  readonly file: string
  /** Path as recorded in the documents table: relative to the input folder, or as given. */
  readonly sourcePath: string
  readonly docId: string
  /** Size and modification time when listed; a file that differs when read is still being written. */
  readonly size: number
  readonly mtimeMs: number
}

/** An entry of an input folder that is not read, and why. */
export interface SkippedEntry {
  readonly path: string
  readonly reason: string
}

export interface InputListing {
  readonly inputs: Array<InputFile>
  readonly skipped: Array<SkippedEntry>
}

/** Hidden files, Office lock files, and files only we write. */
const IGNORED = /^(\.|~\$)|\.(parquet|lock|json|duckdb)$/

/** A folder that a govstat run wrote (its outputs must never be read back as documents). */
export const isOutputFolder = (dir: string) =>
  fs.existsSync(path.join(dir, ".govstat.lock")) || fs.existsSync(path.join(dir, ".govstat-state.json")) ||
  (fs.existsSync(path.join(dir, "datapackage.json")) && (fs.existsSync(path.join(dir, "manifest.json")) || fs.existsSync(path.join(dir, "current"))))

const utf8 = new TextDecoder("utf-8", { fatal: true })

/** Names are UTF-8 here; one that is not (a GBK name from a Windows zip) cannot become a doc_id. */
const nameOf = (raw: Buffer): string | null => {
  try {
    return utf8.decode(raw)
  } catch {
    return null
  }
}

const kind = (st: fs.Stats) =>
  st.isFIFO() ? "a FIFO (named pipe)" : st.isSocket() ? "a socket" : st.isCharacterDevice() || st.isBlockDevice() ? "a device" : "not a regular file"

const inside = (root: string, p: string) => p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep)

const rel = (base: string, full: string) => path.relative(base, full).split(path.sep).join("/")

function walk(dir: string, base: string, root: string, seen: Set<string>, out: InputListing) {
  let entries: Array<fs.Dirent<Buffer>>
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true, encoding: "buffer" })
  } catch (e) {
    out.skipped.push({ path: rel(base, dir) || ".", reason: `folder not readable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` })
    return
  }
  for (const entry of entries) {
    const name = nameOf(entry.name)
    if (name === null) {
      out.skipped.push({ path: `${rel(base, dir) ? rel(base, dir) + "/" : ""}${entry.name.toString("latin1")}`, reason: `file name is not UTF-8 (bytes ${entry.name.toString("hex")}); rename it to read it` })
      continue
    }
    if (IGNORED.test(name)) continue
    const full = path.join(dir, name)
    let st: fs.Stats
    try {
      st = fs.lstatSync(full)
    } catch (e) {
      out.skipped.push({ path: rel(base, full), reason: `vanished while listing (${(e as NodeJS.ErrnoException).code})` })
      continue
    }
    if (st.isSymbolicLink()) {
      // Followed only when it resolves inside the input folder (documented): a link must not
      // pull in files the operator did not point the run at, nor make a cycle.
      let real: string
      try {
        real = fs.realpathSync(full)
        st = fs.statSync(real)
      } catch {
        out.skipped.push({ path: rel(base, full), reason: "symlink to nothing (dangling)" })
        continue
      }
      if (!inside(root, real)) {
        out.skipped.push({ path: rel(base, full), reason: "symlink points outside the input folder" })
        continue
      }
    }
    if (st.isDirectory()) {
      const real = fs.realpathSync(full)
      if (seen.has(real)) {
        out.skipped.push({ path: rel(base, full), reason: "folder already read (symlink loop)" })
        continue
      }
      if (isOutputFolder(full)) {
        out.skipped.push({ path: rel(base, full), reason: "a govstat output folder (never read as input)" })
        continue
      }
      seen.add(real)
      walk(full, base, root, seen, out)
    } else if (st.isFile()) out.inputs.push(input(full, rel(base, full), st))
    else out.skipped.push({ path: rel(base, full), reason: kind(st) })
  }
}

const input = (file: string, sourcePath: string, st: fs.Stats): InputFile => ({
  file: path.resolve(file),
  sourcePath,
  docId: path.basename(file).replace(/\.[^.]*$/, "") || path.basename(file),
  size: st.size,
  mtimeMs: st.mtimeMs
})

/** Why a path given as --input cannot be read, or null when it is a file or a folder. */
export function refuseInput(p: string): string | null {
  const st = fs.statSync(p, { throwIfNoEntry: false })
  if (!st) return `input ${p} does not exist`
  if (!st.isFile() && !st.isDirectory()) return `input ${p} is ${kind(st)}, not a file or a folder`
  return null
}

/** Lists the documents and the entries skipped; throws when an input does not exist. */
export function listInputs(inputs: ReadonlyArray<string>): InputListing {
  const out: InputListing = { inputs: [], skipped: [] }
  for (const i of inputs) {
    const refused = refuseInput(i)
    if (refused) throw new Error(refused)
    const stat = fs.statSync(i)
    if (stat.isDirectory()) {
      const root = fs.realpathSync(i)
      walk(i, i, root, new Set([root]), out)
    } else out.inputs.push(input(i, path.basename(i), stat))
  }
  out.inputs.sort(inputOrder)
  return out
}

/** The order of documents in every output: by doc_id, then by source path. */
export const inputOrder = (a: { readonly docId: string; readonly sourcePath: string }, b: { readonly docId: string; readonly sourcePath: string }) =>
  a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0

/** A read that failed for this document only: gone, unreadable, or changed while read. */
export class InputReadError extends Error {
  constructor(readonly tag: "FileVanished" | "ReadError" | "FileChanged" | "NotAFile", message: string) {
    super(message)
  }
}

/** FileChanged for an input whose size or time moved from the listing's while it was read (now `size` bytes). */
export const fileChanged = (input: InputFile, size: number) =>
  new InputReadError("FileChanged", `${input.sourcePath}: changed while being read (size ${input.size} → ${size}); still being written? It is read on the next run`)

/**
 * Reads one input whole. Opened without blocking (a file replaced by a FIFO after listing
 * must not hang the run), checked to be a regular file, and compared before and after the
 * read with what the listing saw: a file still being written is refused, not half-read.
 */
export function readInput(input: InputFile): Uint8Array {
  const { fd, before } = openChecked(input)
  try {
    const bytes = Buffer.allocUnsafe(before.size)
    let off = 0
    while (off < bytes.length) {
      const n = fs.readSync(fd, bytes, off, bytes.length - off, off)
      if (n === 0) break
      off += n
    }
    const after = fs.fstatSync(fd)
    if (off !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs || before.size !== input.size || before.mtimeMs !== input.mtimeMs) {
      throw fileChanged(input, after.size)
    }
    return bytes
  } catch (e) {
    if (e instanceof InputReadError) throw e
    throw new InputReadError("ReadError", `${input.sourcePath}: ${(e as Error).message}`)
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * Opens an input for reading, without blocking (a file replaced by a FIFO after listing must
 * not hang the run), and checks that it is a regular file; the caller closes `fd`.
 */
export function openChecked(input: InputFile): { fd: number; before: fs.Stats } {
  let fd: number
  try {
    fd = fs.openSync(input.file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === "ENOENT") throw new InputReadError("FileVanished", `${input.sourcePath}: vanished between listing and reading`)
    throw new InputReadError("ReadError", `${input.sourcePath}: ${(e as Error).message}`)
  }
  try {
    const before = fs.fstatSync(fd)
    if (!before.isFile()) throw new InputReadError("NotAFile", `${input.sourcePath}: is ${kind(before)} now, not a regular file`)
    return { fd, before }
  } catch (e) {
    fs.closeSync(fd)
    if (e instanceof InputReadError) throw e
    throw new InputReadError("ReadError", `${input.sourcePath}: ${(e as Error).message}`)
  }
}
