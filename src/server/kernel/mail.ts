/**
 * Outgoing e-mail (reminders to enterprises): SMTP through nodemailer (MIT-0) when `SMTP_URL` is
 * set, e.g. `smtp://user:pass@mail.example.vn:587` or `smtps://…:465`; without it nothing is sent
 * and callers say so ("not configured") instead of pretending.
 */
import { createTransport, type Transporter } from 'nodemailer';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
}

export interface Mailer {
  /** False when no SMTP server is configured: nothing can be sent. */
  readonly configured: boolean;
  /** Sends one message; throws with the server's reason when it is refused. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** No SMTP server: every send is refused, `configured` says so beforehand. */
export const NO_MAILER: Mailer = {
  configured: false,
  send: async () => {
    throw new Error('SMTP is not configured (SMTP_URL)');
  },
  close: () => undefined,
};

/** A mailer over SMTP at `url`, from `from` ("Tên <dia.chi@…>"). */
export function smtpMailer(url: string, from: string, options: { timeoutMs?: number } = {}): Mailer {
  const timeout = options.timeoutMs ?? 20_000;
  const address = new URL(url);
  if (address.protocol !== 'smtp:' && address.protocol !== 'smtps:')
    throw new Error(`SMTP_URL must start with smtp:// or smtps:// (got ${address.protocol})`);
  const secure = address.protocol === 'smtps:';
  const transport: Transporter = createTransport(
    {
      host: address.hostname,
      port: address.port ? Number(address.port) : secure ? 465 : 587,
      secure,
      ...(address.username
        ? { auth: { user: decodeURIComponent(address.username), pass: decodeURIComponent(address.password) } }
        : {}),
      // A local relay without TLS (as in tests) is allowed; with STARTTLS offered, it is used.
      ignoreTLS: address.searchParams.get('tls') === 'off',
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    },
    { from },
  );
  return {
    configured: true,
    async send(message) {
      await transport.sendMail({ to: message.to, subject: message.subject, text: message.text });
    },
    close: () => transport.close(),
  };
}

/** SMTP_URL and MAIL_FROM from the environment (README's configuration table). */
export function mailerFromEnvironment(env: NodeJS.ProcessEnv): Mailer {
  const url = env.SMTP_URL?.trim();
  if (!url) return NO_MAILER;
  return smtpMailer(url, env.MAIL_FROM?.trim() || 'KCN Hub <no-reply@localhost>');
}
