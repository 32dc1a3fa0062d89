/**
 * Every test run gets a temporary folder of its own, removed when the run ends: the tests and
 * the commands they start make their folders under os.tmpdir() (TMPDIR), and many of them
 * (the huge-document tests write 250 MB each) were left behind, run after run, until the disk
 * filled. A run that is killed leaves its one folder, named govstat-test-….
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-test-"))
  // Read by os.tmpdir() in the test processes (forked after this runs) and in every command they start.
  process.env.TMPDIR = root
  return () => fs.rmSync(root, { recursive: true, force: true })
}
