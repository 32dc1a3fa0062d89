#!/usr/bin/env node
// The `govstat` command. It exists before the first build, so that `pnpm install` can link
// it without a warning; it runs the built CLI (`pnpm build` first).
import { existsSync } from "node:fs"

const built = new URL("../dist/bin.js", import.meta.url)
if (!existsSync(built)) {
  process.stderr.write("govstat: not built yet; run `npx --yes pnpm@10 build` (or `npx tsc -b`) first\n")
  process.exit(2)
}
await import(built.href)
