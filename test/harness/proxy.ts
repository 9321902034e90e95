/**
 * Firefox has no `--host-resolver-rules`. Instead it is pointed at this
 * loopback proxy, which tunnels the hosts the harness serves to the replica
 * server and refuses everything else: a test can never reach the network, and
 * the refusals are recorded.
 */
import { createServer } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface TunnelProxy {
  port: number;
  /** `host:port` of every refused request (Firefox's own update and telemetry services, mostly). */
  refused: string[];
  close(): Promise<void>;
}

export async function startTunnelProxy(hosts: readonly string[], targetPort: number): Promise<TunnelProxy> {
  const allowed = new Set(hosts.map((h) => `${h}:443`));
  const refused: string[] = [];
  // Tunnels leave the HTTP server's bookkeeping: track them to close them.
  const tunnels = new Set<Socket>();
  const server = createServer((req, res) => {
    // Plain-HTTP proxying: nothing we serve is plain HTTP.
    refused.push(req.url ?? '');
    res.writeHead(403).end();
  });
  server.on('connect', (req, client, head) => {
    const target = req.url ?? '';
    if (!allowed.has(target)) {
      refused.push(target);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      tunnels.add(upstream).add(client as Socket);
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((ok, ko) => {
    server.once('error', ko);
    server.listen(0, '127.0.0.1', () => ok());
  });
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: () =>
      new Promise<void>((ok) => {
        for (const socket of tunnels) socket.destroy();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
