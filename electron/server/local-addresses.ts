import { networkInterfaces } from 'node:os';
import { addressAsHostname, isWildcardAddress } from './request-guard';

/** Every address of this machine's network interfaces. */
export function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .map((info) => info.address);
}

/** IPv4 LAN addresses other screens can reach, private ranges first. */
export function lanIPv4Addresses(): string[] {
  const external = Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((info) => info.family === 'IPv4' && !info.internal)
    .map((info) => info.address);
  const isPrivate = (a: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(a);
  return [...external.filter(isPrivate), ...external.filter((a) => !isPrivate(a))];
}

/**
 * The host name to print in links: the bound address itself, or for a wildcard bind the
 * first LAN address (a 0.0.0.0 link opens nothing on another PC).
 */
export function displayHostname(bindHost: string, lanAddresses: () => string[] = lanIPv4Addresses): string {
  if (isWildcardAddress(bindHost)) return lanAddresses()[0] ?? '127.0.0.1';
  return addressAsHostname(bindHost);
}
