/** The headers every response of the server carries, whatever it answers (server/src/common/hardening.ts). */
export const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self';base-uri 'self';connect-src 'self';font-src 'self' data:;form-action 'self';" +
    "frame-ancestors 'none';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';" +
    "style-src 'self' 'unsafe-inline'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=15552000',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'x-permitted-cross-domain-policies': 'none',
} as const;

/** The security headers of a response, as SECURITY_HEADERS names them (null when missing). */
export const securityHeadersOf = (headers: { get(name: string): string | null }): Record<string, string | null> =>
  Object.fromEntries(Object.keys(SECURITY_HEADERS).map((name) => [name, headers.get(name)]));
