import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const SCRIPT = path.join(ROOT, "scripts/claims-extract.ts");
const dir = mkdtempSync(path.join(tmpdir(), "claims-cli-"));

function run(...args: string[]) {
  return spawnSync(TSX, [SCRIPT, ...args], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
}

describe("scripts/claims-extract.ts", () => {
  it("prints the claims of a text file as a JSON array", () => {
    const file = path.join(dir, "article.md");
    const body = "# Aid\n\nIn September 2022, the Biden administration approved a $450 million package.\n";
    writeFileSync(file, body);
    const r = run(file);
    expect(r.status).toBe(0);
    const claims = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(claims).toHaveLength(1);
    expect(Object.keys(claims[0])).toEqual(["start", "end", "quote", "prefix", "suffix", "kind", "values", "score"]);
    expect(claims[0].kind).toBe("money");
    expect(claims[0].quote).toBe(body.slice(claims[0].start as number, claims[0].end as number));
  });

  it("exits 2 with one line on stderr for a missing, binary or non-UTF-8 file", () => {
    const binary = path.join(dir, "image.bin");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const latin1 = path.join(dir, "latin1.txt");
    writeFileSync(latin1, Buffer.from("caf\xe9 costs $5 million", "latin1"));
    for (const [file, words] of [
      [path.join(dir, "missing.txt"), "no such file"],
      [binary, "binary"],
      [latin1, "UTF-8"],
    ]) {
      const r = run(file);
      expect(r.status, file).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(words);
    }
  });
});
