// fontkit 2 ships no type declarations; the adapter needs only these.
declare module 'fontkit' {
  export interface FontkitSubset {
    encode(): Uint8Array;
  }
  export interface FontkitFont {
    createSubset(): FontkitSubset;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
