// The headers production hosts must send, as the README documents them: what deploy/nginx.conf and
// deploy/_headers are tested against. The site has no inline script or style, so the policy is strict;
// 'wasm-unsafe-eval' is for Pagefind's WebAssembly.
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Sent with every response, errors and redirects included. */
export const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
} as const;

/** Hashed names under /_astro/ never change; everything else may change with the next deploy. */
export const CACHE_HASHED = 'public, max-age=31536000, immutable';
export const CACHE_SHORT = 'public, max-age=300, must-revalidate';
