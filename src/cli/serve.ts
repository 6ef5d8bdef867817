import type { Command } from 'commander';
import { openCli } from './runtime.ts';

type Global = { as?: string };

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the Beacon web app and API (PORT, default 3000)')
    .option('--demo', 'load the demonstration data if the database is empty (BEACON_DEMO=0 turns this off)')
    .action(async (options: { demo?: boolean }, command: Command) => {
      // The web app and the demonstration load only when serving, not for every command.
      const [{ createApp }, { describeDemoAccounts, hasDemonstrationData, isEmpty, loadDemo }] =
        await Promise.all([import('../app/createApp.ts'), import('../demo/load.ts')]);
      const context = await openCli('serve', 'system:operate', command.optsWithGlobals<Global>().as);
      const { config, services } = context;
      const wantDemo = options.demo === true && config.demo !== false;
      if (wantDemo && (await isEmpty(services))) {
        console.log('The database is empty: loading the demonstration data…');
        await loadDemo(services);
      }
      const demonstration = await hasDemonstrationData(services.database);
      const app = await createApp(services, config, { logger: true, demonstration });
      const address = new URL(await app.listen({ port: config.port, host: config.host }));
      // One address, the one listened on: by the name asked for (localhost answers on both
      // 127.0.0.1 and ::1), with the port actually bound (PORT=0 picks one).
      if (config.host === 'localhost') address.hostname = 'localhost';
      const url = address.origin;
      const where =
        'url' in config.database ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${config.dataDir}`;
      const serving = `Beacon is serving ${config.localAuthority.name} at ${url} on ${where}.`;
      // As deployed, what Beacon says goes into its JSON log; elsewhere it is said to the person.
      const say = (message: string) => {
        if (config.environment === 'production') app.log.info(message);
        else console.log(message);
      };
      say(serving);
      // The accounts are for the person who started the demonstration, so they are printed as a table.
      if (demonstration) console.log(describeDemoAccounts(url));

      // Expired sessions are never read again; clear them out hourly so the table stays small.
      const sweep = () => {
        services.users.removeExpiredSessions().catch((error: unknown) => {
          app.log.warn({ err: error }, 'could not remove expired sessions');
        });
      };
      sweep();
      setInterval(sweep, 60 * 60_000).unref();

      // Notifications: the email outbox and the daily reminders (access/notifications/runner.ts).
      const [{ startNotificationWork }, { dailyWork }] = await Promise.all([
        import('../access/notifications/runner.ts'),
        import('../app/modules.ts'),
      ]);
      const stopNotifications = startNotificationWork(services, config, dailyWork, app.log);

      // Graceful shutdown: stop taking connections, finish the requests in flight, close the
      // database and release the data folder's lock. If something hangs, leave after 10 s anyway.
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        say(`Stopping Beacon (${signal}): finishing the requests in flight…`);
        setTimeout(() => {
          app.log.error('Requests were still running 10 s after the stop signal; stopping anyway.');
          process.exit(1);
        }, 10_000).unref();
        stopNotifications();
        await app.close();
        await context.close();
        say('Beacon has stopped.');
        process.exit(0);
      };
      process.on('SIGINT', () => void stop('SIGINT'));
      process.on('SIGTERM', () => void stop('SIGTERM'));
    });
}
