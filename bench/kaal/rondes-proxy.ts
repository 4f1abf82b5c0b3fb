// A TCP proxy in front of PostgreSQL that counts round trips: each simple query ('Q') and each
// Sync ('S', the end of an extended-protocol batch: parse/bind/execute) is one wait for the
// server. Driver-agnostic, so the app's pg pool and the bare server are counted alike.
import net from 'node:net';

export interface RondesProxy {
  poort: number;
  /** Round trips since the last reset. */
  rondes(): number;
  reset(): void;
  sluit(): Promise<void>;
}

export async function startRondesProxy(doel: { host: string; port: number }): Promise<RondesProxy> {
  let rondes = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(doel.port, doel.host);
    sockets.add(client).add(upstream);
    let buffer = Buffer.alloc(0);
    let opgestart = false;
    client.on('data', (chunk) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!opgestart) {
          // The startup packet (and an SSL request before it) has a length but no type byte.
          if (buffer.length < 8) break;
          const lengte = buffer.readInt32BE(0);
          if (buffer.length < lengte) break;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(lengte);
          if (code !== 80877103) opgestart = true;
          continue;
        }
        if (buffer.length < 5) break;
        const lengte = buffer.readInt32BE(1);
        if (buffer.length < lengte + 1) break;
        const soort = String.fromCharCode(buffer[0]!);
        if (soort === 'Q' || soort === 'S') rondes++;
        buffer = buffer.subarray(lengte + 1);
      }
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const sluit = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', sluit).on('error', sluit);
    upstream.on('close', sluit).on('error', sluit);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const adres = server.address();
  return {
    poort: typeof adres === 'object' && adres ? adres.port : 0,
    rondes: () => rondes,
    reset: () => {
      rondes = 0;
    },
    sluit: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
