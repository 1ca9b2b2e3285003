// What serve refuses before its dev server sees a request (src/cli/request-guard.ts).
import { expect, test } from "vitest";
import { allowedHosts, refusal } from "../../src/cli/request-guard.ts";

const LOCAL = allowedHosts("127.0.0.1");

test.each([
  ["a page", "/news/articles/a/", "localhost:8080", undefined],
  ["a query", "/search/?q=%C3%A9t%C3%A9", "127.0.0.1:8080", undefined],
  ["an escaped slash out of the folder", "/news/..%2f_site-old/x", "localhost:8080", 404],
  ["dots escaped", "/%2e%2e/%2e%2e/etc/passwd", "localhost:8080", 404],
  ["a backslash", "/..%5c_site-old/x", "localhost:8080", 404],
  ["a NUL", "/a%00.html", "localhost:8080", 404],
  ["a malformed escape (it ended the process)", "/news/%E0%A4%A", "localhost:8080", 400],
  ["another site's name (DNS rebinding)", "/news/", "attacker.example:8080", 403],
  ["no Host at all", "/news/", undefined, 403],
  ["the IPv6 loopback", "/", "[::1]:8080", undefined],
])("%s: %s", (_name, url, host, status) => {
  expect(refusal(url, host, LOCAL)?.status).toBe(status);
});

test.each([
  ["127.0.0.1", ["localhost", "127.0.0.1", "[::1]", "127.0.0.1"]],
  ["192.0.2.2", ["localhost", "127.0.0.1", "[::1]", "192.0.2.2"]],
])("bound to %s, the names it answers to", (bind, names) => {
  expect([...allowedHosts(bind)!]).toEqual([...new Set(names)]);
});

test("bound to every address on purpose: any name, the path rules still hold", () => {
  const hosts = allowedHosts("0.0.0.0");
  expect([hosts, refusal("/", "anything.example", hosts), refusal("/..%2fx", "anything.example", hosts)?.status]).toEqual([undefined, undefined, 404]);
});

test("a refused Host is told which names the server answers to, and how to open it up", () => {
  expect(refusal("/", "vm:8080", LOCAL)?.text).toBe("This server answers to localhost, 127.0.0.1, [::1] only (so that no other site's page can read its drafts); serve --bind 0.0.0.0 answers to any name.");
});
