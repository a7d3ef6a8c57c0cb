import net from "node:net";

/**
 * A round-robin TCP balancer on one port in front of several app instances, as a reverse proxy
 * would stand in front of them in production: each new connection goes to the next instance.
 */
export function startBalancer(port: number, backends: number[]): Promise<net.Server> {
  let next = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(backends[next++ % backends.length], "127.0.0.1");
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close);
    upstream.on("error", close);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
