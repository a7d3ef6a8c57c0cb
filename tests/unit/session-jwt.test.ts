import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { decodeSessionJwt } from "@/lib/auth/session-jwt";

const secret = "a-test-secret-of-some-length-0123456789";

describe("decodeSessionJwt (next-auth's decode with its derived key kept)", () => {
  it("reads what next-auth wrote, as next-auth's own decode does, again and again", async () => {
    const token = await encode({ token: { sub: "user-1", sid: "session-1", name: "Rita" }, secret });
    const ours = await decodeSessionJwt({ token, secret });
    expect(ours).toMatchObject({ sub: "user-1", sid: "session-1", name: "Rita" });
    expect(ours).toEqual(await decode({ token, secret }));
    expect(await decodeSessionJwt({ token, secret })).toEqual(ours);
  });

  it("keeps a key per secret and per salt", async () => {
    const other = "another-secret-entirely-9876543210";
    const salted = await encode({ token: { sub: "u" }, secret, salt: "salt-a" });
    expect(await decodeSessionJwt({ token: salted, secret, salt: "salt-a" })).toMatchObject({ sub: "u" });
    await expect(decodeSessionJwt({ token: salted, secret })).rejects.toThrow();
    const elsewhere = await encode({ token: { sub: "u2" }, secret: other });
    expect(await decodeSessionJwt({ token: elsewhere, secret: other })).toMatchObject({ sub: "u2" });
    await expect(decodeSessionJwt({ token: elsewhere, secret })).rejects.toThrow();
  });

  it("refuses a token altered or expired, and reads no token as none", async () => {
    const token = await encode({ token: { sub: "u" }, secret });
    const parts = token.split(".");
    parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith("AA") ? "BB" : "AA");
    await expect(decodeSessionJwt({ token: parts.join("."), secret })).rejects.toThrow();
    const expired = await encode({ token: { sub: "u" }, secret, maxAge: -60 });
    await expect(decodeSessionJwt({ token: expired, secret })).rejects.toThrow();
    expect(await decodeSessionJwt({ token: "", secret })).toBeNull();
  });
});
