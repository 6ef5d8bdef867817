/**
 * Every service the app and the CLI use, by name. Each capability's module.ts adds the services it
 * builds (declaration merging, as Fastify's decorators do), so a capability's routes can use
 * another's services without importing the composition root that builds them all
 * (src/app/services.ts, which checks at compile time that it builds every one named here).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface Services {}
