// A port for a server a test or the bench starts on a fixed port (serve names its port in its
// pages only when it was given one; see src/cli/serve.ts).
import { createServer, type AddressInfo } from "node:net";

/** A port free a moment ago: the system's pick for a server opened and closed at once. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
