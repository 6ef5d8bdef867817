import type { Command } from 'commander';
import type { CliRunner } from './capability.ts';
import { readPassword } from '../kernel/terminal.ts';
import { roles } from './roles.ts';
import { ConfigError } from '../kernel/config.ts';

type Global = { as?: string };

export function registerAccessCommands(program: Command, run: CliRunner): void {
  const usersCommand = program.command('users').description('add, list and disable accounts');

  usersCommand
    .command('add')
    .description('add an account; the password comes from standard input or BEACON_PASSWORD')
    .requiredOption('--email <email>', 'email address (the sign-in name)')
    .requiredOption('--name <name>', 'the person’s name')
    .requiredOption('--role <role>', `one of: ${roles.join(', ')}`)
    .option('--school <urn>', 'for a school user: the school’s URN')
    .option('--trust <id>', 'for a trust leader: the trust’s GIAS group UID')
    .option('--sso-only', 'no password: the person signs in only with council single sign-on')
    .action(
      async (
        options: {
          email: string;
          name: string;
          role: string;
          school?: string;
          trust?: string;
          ssoOnly?: boolean;
        },
        command: Command,
      ) => {
        const global = command.optsWithGlobals<Global>();
        const password = options.ssoOnly ? undefined : await readPassword();
        await run('users add', 'users:manage', global.as, async ({ services, actor }) => {
          const user = await services.users.add(
            actor,
            {
              email: options.email,
              name: options.name,
              role: options.role,
              schoolUrn: options.school === undefined ? undefined : Number(options.school),
              trustId: options.trust,
              password,
              // Linked on first single sign-on by matching the email address.
              oidcSubject: undefined,
            },
            { allowNoPassword: options.ssoOnly === true },
          );
          console.log(`Added ${user.email} (${user.roleTitle}).`);
        });
      },
    );

  usersCommand
    .command('list')
    .description('list every account')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await run('users list', 'users:manage', command.optsWithGlobals<Global>().as, async ({ services }) => {
        const list = await services.users.list();
        if (options.json) {
          console.log(JSON.stringify(list, null, 2));
          return;
        }
        for (const u of list) {
          const scope = u.schoolUrn ? ` school ${u.schoolUrn}` : u.trustId ? ` trust ${u.trustId}` : '';
          console.log(`${u.email}\t${u.role}${scope}\t${u.status}`);
        }
      });
    });

  usersCommand
    .command('disable')
    .description('stop an account signing in, and end its sessions')
    .requiredOption('--email <email>', 'the account’s email address')
    .action(async (options: { email: string }, command: Command) => {
      await run(
        'users disable',
        'users:manage',
        command.optsWithGlobals<Global>().as,
        async ({ services, actor }) => {
          const user = await services.users.disable(actor, options.email);
          console.log(`Disabled ${user.email}.`);
        },
      );
    });

  type TokenOptions = {
    email: string;
    name: string;
    readOnly?: boolean;
    permission?: string[];
    expiresInDays: string;
  };
  const tokensCommand = program.command('tokens').description('API tokens for `Authorization: Bearer`');

  tokensCommand
    .command('create')
    .description('create a token that acts as this account; prints only the token')
    .requiredOption('--email <email>', 'the account the token acts as')
    .option('--name <words>', 'what it is for', 'API')
    .option('--read-only', 'it may only read')
    .option('--permission <permission...>', 'limit it to these permissions (see docs/permissions.md)')
    .option('--expires-in-days <days>', '30, 90, 365 or never', '90')
    .action(async (options: TokenOptions, command: Command) => {
      await run(
        'tokens create',
        'tokens:manage',
        command.optsWithGlobals<Global>().as,
        async ({ services, actor }) => {
          const { token } = await services.tokens.create(actor, options.email, {
            name: options.name,
            readOnly: options.readOnly === true,
            permissions: options.permission ?? [],
            expiresInDays: options.expiresInDays === 'never' ? null : Number(options.expiresInDays),
          });
          process.stdout.write(`${token}\n`);
        },
      );
    });

  tokensCommand
    .command('list')
    .description('list tokens (never the tokens themselves)')
    .action(async (_options: unknown, command: Command) => {
      await run(
        'tokens list',
        'tokens:manage',
        command.optsWithGlobals<Global>().as,
        async ({ services }) => {
          for (const t of await services.tokens.list()) {
            console.log(
              `${t.id}\t${t.prefix}…\t${t.email}\t${t.name}\t${t.state}${t.expiresAt ? ` (expires ${t.expiresAt})` : ''}`,
            );
          }
        },
      );
    });

  tokensCommand
    .command('revoke')
    .description('revoke a token by its ID (see `tokens list`)')
    .argument('<id>', 'the token’s ID')
    .action(async (id: string, _options: unknown, command: Command) => {
      await run(
        'tokens revoke',
        'tokens:manage',
        command.optsWithGlobals<Global>().as,
        async ({ services, actor }) => {
          await services.tokens.revoke(actor, Number(id));
          console.log(`Revoked token ${id}.`);
        },
      );
    });
}

/** `beacon notifications`: send what the outbox holds, or a test message to check the mail server. */
export function registerNotificationCommands(program: Command, run: CliRunner): void {
  const command = program.command('notifications').description('email notifications: the outbox and a test');
  const needsMail = (smtpUrl: string | undefined): string => {
    if (smtpUrl === undefined)
      throw new ConfigError(
        'Set BEACON_SMTP_URL (for example smtp://mail.example.gov.uk:587) to send email.',
      );
    return smtpUrl;
  };

  command
    .command('send-pending')
    .description('send every email the outbox holds that is due, with retries for those that fail')
    .action(async (_options: unknown, sub: Command) => {
      await run(
        'notifications send-pending',
        'system:operate',
        sub.optsWithGlobals<Global>().as,
        async ({ config, services }) => {
          const [{ smtpMailer }, { sendPending, outboxCounts }] = await Promise.all([
            import('./notifications/mailer.ts'),
            import('./notifications/outbox.ts'),
          ]);
          const mailer = smtpMailer(needsMail(config.mail.smtpUrl), config.mail.from);
          try {
            const { deliverQueued } = await import('./notifications/notify.ts');
            const told = await deliverQueued(services.database.db);
            if (told > 0) console.log(`Told ${String(told)} people of what large changes had queued.`);
            const result = await sendPending(services.database.db, mailer, config.publicUrl);
            console.log(
              `Sent ${String(result.sent)}; ${String(result.retrying)} to try again later; ${String(result.failed)} failed after every retry; ${String(result.dropped)} dropped.`,
            );
            const held = await outboxCounts(services.database.db);
            console.log(
              `The outbox now holds ${String(held.pending ?? 0)} to send, ${String(held.sent ?? 0)} sent, ${String(held.failed ?? 0)} not delivered and ${String(held.dropped ?? 0)} dropped.`,
            );
          } finally {
            mailer.close();
          }
        },
      );
    });

  command
    .command('test')
    .description('send one test email, to check BEACON_SMTP_URL and BEACON_MAIL_FROM')
    .requiredOption('--to <email>', 'who to send it to')
    .action(async (options: { to: string }, sub: Command) => {
      await run(
        'notifications test',
        'system:operate',
        sub.optsWithGlobals<Global>().as,
        async ({ config }) => {
          const { smtpMailer, composeMail } = await import('./notifications/mailer.ts');
          const mailer = smtpMailer(needsMail(config.mail.smtpUrl), config.mail.from);
          try {
            await mailer.send({
              to: options.to,
              subject: 'A test message from Beacon',
              messageId: `<beacon-test-${String(Date.now())}@${config.publicUrl.hostname}>`,
              ...composeMail(
                {
                  lines: ['Beacon can send email from this server.'],
                  links: [{ text: 'Beacon', href: '/' }],
                },
                config.publicUrl,
              ),
            });
            console.log(
              `Sent a test message to ${options.to} through ${new URL(needsMail(config.mail.smtpUrl)).host}.`,
            );
          } finally {
            mailer.close();
          }
        },
      );
    });
}
