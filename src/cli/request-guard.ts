// What serve refuses before its dev server sees a request. eleventy-dev-server 2.1.2 decodes a
// path after joining it to the output folder and checks it with a bare startsWith, so
// `/..%2f_site-old/x` reached a sibling of --out; a malformed escape (`/%E0%A4`, which any page
// or article could hold as an image) threw out of its handler and ended the process; and it
// answered any Host, so a web page could read drafts through DNS rebinding.
import { LOOPBACK_HOSTS } from "../content/site-config.ts";

export interface Refusal {
  status: number;
  text: string;
}


/**
 * `hosts`: the host names a request may name (its Host header, port aside); undefined: any (the
 * server was bound to every address on purpose).
 */
export function refusal(url: string | undefined, host: string | undefined, hosts: ReadonlySet<string> | undefined): Refusal | undefined {
  if (hosts) {
    const name = (host ?? "").toLowerCase().replace(/:\d+$/, "");
    if (!hosts.has(name)) return { status: 403, text: `This server answers to ${[...hosts].join(", ")} only (so that no other site's page can read its drafts); serve --bind 0.0.0.0 answers to any name.` };
  }
  const pathname = (url ?? "/").split(/[?#]/, 1)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400, text: "Malformed URL." };
  }
  if (/[\\\u0000]/.test(decoded) || decoded.split("/").includes("..")) return { status: 404, text: "Not found." };
  return undefined;
}

/** The host names a server bound to `bind` answers to: the loopback's, and the address bound. */
export function allowedHosts(bind: string): ReadonlySet<string> | undefined {
  if (bind === "0.0.0.0" || bind === "::") return undefined;
  return new Set([...LOOPBACK_HOSTS, bind.includes(":") ? `[${bind}]` : bind.toLowerCase()]);
}
