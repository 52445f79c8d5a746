import net from 'node:net';

export interface TcpProxy {
  port: number;
  /** Cuts every open connection, as a NAT timeout or a server restart would. */
  dropAll(): void;
  /** Stops passing on what clients send (connections stay open, the server hears nothing more): a client then hangs mid-command. */
  hold(): void;
  /** Everything clients sent through the proxy so far (to count the commands a client issued). */
  clientText(): string;
  /** The most connections that were open through the proxy at one time. */
  maxOpen(): number;
  close(): Promise<void>;
}

/** A loopback TCP relay in front of a real server, to inject connection drops and watch what a client sends. */
export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const pairs = new Set<[net.Socket, net.Socket]>();
  let holding = false;
  const sent: Buffer[] = [];
  let open = 0;
  let maxOpen = 0;
  const server = net.createServer((client) => {
    open++;
    maxOpen = Math.max(maxOpen, open);
    client.on('close', () => open--);
    client.on('data', (chunk: Buffer) => sent.push(chunk));
    const upstream = net.connect(targetPort, targetHost);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    client.on('close', () => pairs.delete(pair));
    if (holding) client.pause();
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    if (!holding) client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    dropAll() {
      for (const socket of sockets) socket.destroy();
    },
    hold() {
      holding = true;
      for (const [client, upstream] of pairs) {
        client.unpipe(upstream);
        client.pause();
      }
    },
    clientText: () => Buffer.concat(sent).toString('latin1'),
    maxOpen: () => maxOpen,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
