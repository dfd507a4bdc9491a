import type { MockResponse } from './message.ts';
import type { LooseContext } from './types.ts';

/**
 * The WebSocket side of the core, free of any server: a transport (node:http with
 * `ws`, MSW's WebSocket interception) asks `StatefulMock.connect` whether to
 * upgrade, and on acceptance hands the session a peer to send frames to.
 */

/** One open socket as the mock sees it: text frames out, a close. */
export interface SocketPeer {
  send(text: string): void;
  close(code: number, reason: string): void;
}

/** An accepted socket: started once it is open; what it returns is called when it closes. */
export type SocketSession = (peer: SocketPeer) => () => void;

/**
 * Accepts a WebSocket operation's upgrade (validated and authenticated like any
 * request). It refuses by throwing a Problem with `fail`, before anything is upgraded.
 */
export type SocketHandler<Caller, Store> = (context: LooseContext<Caller, Store>) => SocketSession;

export type ConnectOutcome =
  /** Answer this instead of upgrading (401, 403, 404, 422…), or 426 for a route that is not a WebSocket. */
  | { accepted: false; response: MockResponse }
  | { accepted: true; open: SocketSession };

/** Close code for sockets whose state the mock forgot (reset, fixture load): RFC 6455 "service restart". */
export const stateReplacedCloseCode = 1012;

/** The open sockets of one mock, so that a reset can close them: their subscriptions belong to the forgotten store. */
export class OpenSockets {
  private readonly peers = new Set<SocketPeer>();

  track(session: SocketSession): SocketSession {
    return (peer) => {
      this.peers.add(peer);
      const stop = session(peer);
      return () => {
        this.peers.delete(peer);
        stop();
      };
    };
  }

  closeAll(reason: string): void {
    for (const peer of [...this.peers]) peer.close(stateReplacedCloseCode, reason);
  }
}
