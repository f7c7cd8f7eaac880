/**
 * Preloaded (`node --import`) where a network namespace is not available:
 * any attempt to open a socket to anything but a local pipe, or to look a
 * name up, throws, so a build that needs the network fails loudly.
 */
import dns from 'node:dns';
import net from 'node:net';

const refuse = (what) => () => {
  throw new Error(`network access refused during an offline build: ${what}`);
};
net.Socket.prototype.connect = new Proxy(net.Socket.prototype.connect, {
  apply(connect, socket, args) {
    const [first] = args;
    const isPipe = typeof first === 'string' || (typeof first === 'object' && first !== null && 'path' in first);
    if (!isPipe) refuse('socket connect')();
    return Reflect.apply(connect, socket, args);
  },
});
dns.lookup = refuse('dns.lookup');
dns.promises.lookup = refuse('dns.promises.lookup');
globalThis.fetch = refuse('fetch');
