import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../kernel/config.ts';
import type { Services } from '../../kernel/services.ts';
import type { DailyWork } from '../capability.ts';
import { runsOnItsOwnDate, todayIso } from '../../kernel/clock.ts';
import { smtpMailer } from './mailer.ts';
import { sendPending } from './outbox.ts';
import { deliverQueued } from './notify.ts';
import { claimRun, dayDue, finishRun } from './schedule.ts';

// The server's background work: notices queued by a large change told within 5 seconds, the
// outbox sent every 30 seconds when BEACON_SMTP_URL is set, and each capability's daily work once a
// day per deployment. Failures are logged and tried again on the next round; they never stop the
// server.

export function startNotificationWork(
  services: Services,
  config: Config,
  dailyWork: readonly DailyWork[],
  log: FastifyBaseLogger,
): () => void {
  const { db } = services.database;
  const mailer =
    config.mail.smtpUrl === undefined ? undefined : smtpMailer(config.mail.smtpUrl, config.mail.from);
  let busy = false;
  const round = async () => {
    if (busy) return;
    busy = true;
    try {
      // The demonstration's day is its own date; a deployment's is the UK day once the hour has come.
      const day = runsOnItsOwnDate() ? todayIso() : dayDue(new Date(), config.mail.dailyAt);
      await deliverQueued(db);
      for (const work of dailyWork) {
        if (!(await claimRun(db, work.job, day))) continue;
        const told = await work.run(services, day);
        await finishRun(db, work.job, day);
        log.info({ job: work.job, day, told }, 'daily work done');
      }
      if (mailer) {
        const sent = await sendPending(db, mailer, config.publicUrl);
        if (sent.sent + sent.failed + sent.retrying + sent.dropped > 0)
          log.info({ outbox: sent }, 'outbox sent');
      }
    } catch (error) {
      log.error({ err: error }, 'notification work failed; it is tried again on the next round');
    } finally {
      busy = false;
    }
  };
  // What a large change queued is told within seconds; the rest every 30 seconds.
  const tellQueued = async () => {
    if (busy) return;
    busy = true;
    try {
      await deliverQueued(db);
    } catch (error) {
      log.error({ err: error }, 'queued notifications failed; they are tried again shortly');
    } finally {
      busy = false;
    }
  };
  void round();
  const timer = setInterval(() => void round(), 30_000);
  const quick = setInterval(() => void tellQueued(), 5_000);
  timer.unref();
  quick.unref();
  return () => {
    clearInterval(timer);
    clearInterval(quick);
    mailer?.close();
  };
}
