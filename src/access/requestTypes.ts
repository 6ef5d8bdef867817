import type { SignedInUser } from './actor.ts';
import type { Permission } from './permissions.ts';
import type { TokenScope } from './tokens.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The one permission this route needs; the app refuses to start if a route has none. */
    permission?: Permission;
    /** This route's page is sent as a PDF: its address ends in .pdf (kernel/printing.ts). */
    print?: boolean;
  }
  interface FastifyRequest {
    actor: SignedInUser | undefined;
    authenticatedBy: 'session' | 'token' | undefined;
    /** What the bearer token allows, when a token made the request. */
    tokenScope: TokenScope | undefined;
    /** The signed-in person's unread notifications, counted for a page's header. */
    unreadNotifications: number | undefined;
  }
}

declare module '@fastify/session' {
  interface FastifySessionObject {
    userId?: number;
    returnTo?: string;
    sso?: { state: string; nonce: string; codeVerifier: string; returnTo?: string };
    flash?: string;
  }
}

export {};
