/**
 * DNS-rebinding and cross-site defences. A web page on another site can make a browser send
 * requests to 127.0.0.1 or to this PC's LAN address, either directly (then the Origin header
 * names the foreign site) or through a hostile DNS name that resolves here (then the Host
 * header names that foreign domain). Both are refused; only our own names pass.
 */

const HOST_SHAPE = /^(?:[A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** Host header → normalized `host[:port]` and hostname (IPv6 in brackets), or null. */
export function parseHostHeader(host: string | undefined): { host: string; hostname: string } | null {
  if (!host || !HOST_SHAPE.test(host)) return null;
  try {
    const url = new URL(`http://${host}`);
    const hostname = url.hostname.replace(/\.$/, '').toLowerCase();
    return { host: url.host.toLowerCase(), hostname };
  } catch {
    return null;
  }
}

export function isLoopbackHostname(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** An address as it appears in a URL hostname: IPv6 in brackets, no zone id, lower case. */
export function addressAsHostname(address: string): string {
  const bare = address.replace(/%.*$/, '').toLowerCase();
  return bare.includes(':') ? `[${bare}]` : bare;
}

export function isWildcardAddress(address: string): boolean {
  return address === '0.0.0.0' || address === '::' || address === '' || address === '[::]';
}

export interface HostPolicyOptions {
  /** The address the server is bound to. */
  bindHost: string;
  /** Extra names that reach this machine, e.g. "meeting-pc.local". */
  allowedHosts?: readonly string[];
  /** This machine's interface addresses (read when bound to a wildcard address). */
  interfaceAddresses: () => readonly string[];
}

export type HostCheck = (hostHeader: string | undefined) => boolean;

export function createHostCheck(options: HostPolicyOptions): HostCheck {
  const extra = new Set((options.allowedHosts ?? []).map((name) => name.toLowerCase()));
  const bound = addressAsHostname(options.bindHost);
  const wildcard = isWildcardAddress(options.bindHost);
  return (hostHeader) => {
    const parsed = parseHostHeader(hostHeader);
    if (!parsed) return false;
    const { hostname } = parsed;
    if (isLoopbackHostname(hostname) || hostname === bound || extra.has(hostname)) return true;
    // Interfaces can change while the server runs (DHCP, Wi-Fi), so they are read per check.
    return wildcard && options.interfaceAddresses().some((address) => addressAsHostname(address) === hostname);
  };
}

/**
 * A browser always sends Origin on WebSocket upgrades and on cross-site POSTs. When present it
 * must be this very server as the page addressed it (scheme http, same host and port).
 */
export function isSameOrigin(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (origin === undefined) return true;
  const host = parseHostHeader(hostHeader);
  if (!host) return false;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && url.host.toLowerCase() === host.host;
  } catch {
    return false;
  }
}
