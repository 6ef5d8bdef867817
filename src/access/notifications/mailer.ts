// Email through the council's SMTP server (nodemailer), from a configured sender. The message is
// plain text and HTML, its links Beacon's own address; its Message-ID is the outbox row's, so a
// mail system that sees one twice can tell.

export type OutgoingMail = { to: string; subject: string; text: string; html: string; messageId: string };
type Transporter = ReturnType<(typeof import('nodemailer'))['createTransport']>;

export type Mailer = { send(mail: OutgoingMail): Promise<void>; close(): void };

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  // One pooled connection kept open between messages: the outbox sends thousands after one import.
  // Settings in the URL's query (?pool=false, ?maxConnections=) take precedence.
  // nodemailer is loaded when the first message is sent, not by every command.
  let transport: Promise<Transporter> | undefined;
  let opened: Transporter | undefined;
  const open = () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) => {
      opened = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 1 });
      return opened;
    }));
  return {
    async send(mail) {
      await (await open()).sendMail({ from, ...mail });
    },
    close() {
      opened?.close();
    },
  };
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A message's text and HTML from its lines and its links, made absolute against Beacon's address. */
export function composeMail(
  message: { lines: readonly string[]; links: readonly { text: string; href: string }[] },
  publicUrl: URL,
): { text: string; html: string } {
  const links = message.links.map((l) => ({ text: l.text, url: new URL(l.href, publicUrl).toString() }));
  const text = [...message.lines, '', ...links.map((l) => `${l.text}: ${l.url}`), '', footer].join('\n');
  const html = [
    ...message.lines.map((line) => `<p>${escape(line)}</p>`),
    ...links.map((l) => `<p><a href="${escape(l.url)}">${escape(l.text)}</a></p>`),
    `<p style="color:#505a5f">${escape(footer)}</p>`,
  ].join('\n');
  return { text, html };
}

const footer = 'You are told this by Beacon. Choose how you hear of each kind of event under Notifications.';
