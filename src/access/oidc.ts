import * as client from 'openid-client';
import type { OidcConfig } from '../kernel/config.ts';

export type SsoStart = { url: URL; state: string; nonce: string; codeVerifier: string };
export type SsoIdentity = { subject: string; email: string | undefined };

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Council single sign-on by OpenID Connect: authorisation code flow with PKCE, state and nonce.
 * The provider's metadata is discovered once and kept.
 */
export function createSingleSignOn(config: OidcConfig) {
  let discovered: Promise<client.Configuration> | undefined;

  function configuration(): Promise<client.Configuration> {
    // Plain http is allowed only for a provider on this machine (development and tests).
    const insecure = config.issuer.protocol === 'http:' && localHosts.has(config.issuer.hostname);
    discovered ??= client
      .discovery(config.issuer, config.clientId, config.clientSecret, undefined, {
        // Deprecated only as a warning sign; used solely for a provider on this machine.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  }

  return {
    name: config.name,

    async start(): Promise<SsoStart> {
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(await configuration(), {
        redirect_uri: config.redirectUri.href,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url, state, nonce, codeVerifier };
    },

    async finish(callbackUrl: URL, expected: Omit<SsoStart, 'url'>): Promise<SsoIdentity> {
      const provider = await configuration();
      const tokens = await client.authorizationCodeGrant(provider, callbackUrl, {
        pkceCodeVerifier: expected.codeVerifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('The sign-on service returned no identity');
      // Providers may keep the email out of the ID token and give it only from UserInfo.
      const profile: Record<string, unknown> =
        typeof claims.email === 'string'
          ? { ...claims }
          : { ...(await client.fetchUserInfo(provider, tokens.access_token, claims.sub)) };
      const email =
        typeof profile.email === 'string' && profile.email_verified !== false ? profile.email : undefined;
      return { subject: `${claims.iss}|${claims.sub}`, email };
    },
  };
}

export type SingleSignOn = ReturnType<typeof createSingleSignOn>;
